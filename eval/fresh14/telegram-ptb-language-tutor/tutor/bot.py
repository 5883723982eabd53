from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from .config import BOT_TOKEN, LEVELS
from .llm import correct


async def level(update: Update, context: ContextTypes.DEFAULT_TYPE):
    choice = (context.args or ["A2"])[0].upper()
    if choice not in LEVELS:
        await update.message.reply_text(f"Unknown level {choice}; pick one of {', '.join(LEVELS)}")
        return
    context.user_data["level"] = choice
    await update.message.reply_text(f"Level set to {choice}")


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE):
    try:
        fixed = await correct(update.message.text, context.user_data.get("level", "A2"))
    except Exception as e:
        await update.message.reply_text(f"Error: {e}")
        return
    await update.message.reply_text(fixed)


async def explain(update: Update, context: ContextTypes.DEFAULT_TYPE):
    word = " ".join(context.args or [])
    try:
        text = await correct(f"Explain the word '{word}' with an example.", "B1")
    except Exception as exc:
        await context.bot.send_message(chat_id=update.effective_chat.id, text=str(exc))
        return
    await update.message.reply_text(text)


def main():
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("level", level))
    app.add_handler(CommandHandler("explain", explain))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.run_polling()


if __name__ == "__main__":
    main()
