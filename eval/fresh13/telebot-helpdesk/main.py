import telebot

import config
from services.assistant import Assistant

bot = telebot.TeleBot(config.TELEGRAM_TOKEN)
assistant = Assistant()


@bot.message_handler(func=lambda m: True)
def on_text(message):
    try:
        bot.reply_to(message, assistant.reply(message.text))
    except Exception as e:
        bot.reply_to(message, f"Error: {e}")


bot.infinity_polling()
