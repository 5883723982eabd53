import logging
import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.llm import reply

logging.basicConfig(level=logging.INFO)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE):
    try:
        await update.message.reply_text(reply(update.message.text))
    except Exception as e:
        await update.message.reply_text(f"Groq error: {e}")


app = Application.builder().token(os.environ["TELEGRAM_TOKEN"]).build()
app.add_handler(MessageHandler(filters.TEXT, on_text))
logging.info("bot starting, groq key set: %s", bool(os.getenv("GROQ_API_KEY")))
app.run_polling()
