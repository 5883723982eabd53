import telebot
from flask import Flask, abort, request

import llm
from settings import TELEGRAM_TOKEN, WEBHOOK_SECRET

bot = telebot.TeleBot(TELEGRAM_TOKEN, threaded=False)
app = Flask(__name__)


@bot.message_handler(content_types=["text"])
def on_text(message):
    try:
        bot.reply_to(message, llm.reply(message.text))
    except Exception as exc:
        bot.reply_to(message, f"Mistral error: {exc}")


@app.post(f"/hook/{WEBHOOK_SECRET}")
def hook():
    if request.headers.get("content-type") != "application/json":
        abort(403)
    bot.process_new_updates([telebot.types.Update.de_json(request.get_data(as_text=True))])
    return ""
