import logging

from telegram import Update
from telegram.ext import ContextTypes

from .llm import ask

log = logging.getLogger(__name__)


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        reply = await ask(update.message.text)
    except Exception as e:
        await update.message.reply_text(f"Error: {e}")
        return
    await update.message.reply_text(reply)


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        await update.message.reply_text("Hi! Send me a question.")
    except Exception as e:
        log.warning("greeting failed: %s", e)
