from telegram import Update
from telegram.ext import ContextTypes

from llm import complete


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = " ".join(context.args)
    await update.message.reply_text(await complete(question))
