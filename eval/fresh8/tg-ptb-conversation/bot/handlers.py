import logging
from dataclasses import asdict

from telegram import Update
from telegram.ext import ContextTypes, ConversationHandler

from bot.config import CONFIG
from bot.summarizer import summarize

log = logging.getLogger(__name__)
WAITING = 1


async def start(update: Update, ctx: ContextTypes.DEFAULT_TYPE) -> int:
    log.debug("conversation config %s", asdict(CONFIG))
    await update.message.reply_text("Send me the text to summarize.")
    return WAITING


async def got_text(update: Update, ctx: ContextTypes.DEFAULT_TYPE) -> int:
    try:
        await update.message.reply_text(summarize(update.message.text[: CONFIG.max_chars]))
    except Exception as e:
        await update.message.reply_text(f"Telegram error: {e}")
    return ConversationHandler.END
