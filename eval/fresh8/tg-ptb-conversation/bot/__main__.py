from telegram.ext import Application, CommandHandler, ConversationHandler, MessageHandler, filters

from bot.config import TELEGRAM_TOKEN
from bot.handlers import WAITING, got_text, start

app = Application.builder().token(TELEGRAM_TOKEN).build()
app.add_handler(ConversationHandler(
    entry_points=[CommandHandler("summarize", start)],
    states={WAITING: [MessageHandler(filters.TEXT & ~filters.COMMAND, got_text)]},
    fallbacks=[],
))
app.run_polling()
