import logging

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from .agent import ask_agent
from .config import TELEGRAM_TOKEN

log = logging.getLogger(__name__)


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    history = context.chat_data.setdefault("history", [])
    history.append({"role": "user", "content": update.message.text})
    try:
        answer = ask_agent(history)
    except Exception as e:
        log.exception("agent call failed")
        await update.message.reply_text(f"Sorry, the assistant failed: {e}")
        return
    history.append({"role": "assistant", "content": answer})
    await update.message.reply_text(answer)


def main() -> None:
    app = Application.builder().token(TELEGRAM_TOKEN).build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_message))
    app.run_polling()
