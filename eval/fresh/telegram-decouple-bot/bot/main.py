from telegram.ext import ApplicationBuilder, CommandHandler, MessageHandler, filters

from .handlers import on_message, on_start
from .settings import TELEGRAM_TOKEN


def main() -> None:
    app = ApplicationBuilder().token(TELEGRAM_TOKEN).build()
    app.add_handler(CommandHandler("start", on_start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_message))
    app.run_polling()


if __name__ == "__main__":
    main()
