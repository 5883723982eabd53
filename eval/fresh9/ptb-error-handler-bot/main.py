import os

from telegram.ext import ApplicationBuilder, CommandHandler

from handlers.ask import ask
from handlers.errors import on_error

app = ApplicationBuilder().token(os.environ["TELEGRAM_TOKEN"]).build()
app.add_handler(CommandHandler("ask", ask))
app.add_error_handler(on_error)
app.run_polling()
