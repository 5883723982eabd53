import logging
import os

from flask import Flask, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.llm import reply_to

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
validator = RequestValidator(os.environ.get("TWILIO_AUTH_TOKEN", ""))


@app.post("/whatsapp")
def whatsapp():
    logging.info("webhook from %s headers=%s", request.remote_addr, dict(request.headers))
    resp = MessagingResponse()
    try:
        resp.message(reply_to(request.form.get("Body", "")))
    except Exception as e:
        resp.message(f"Oops, something broke: {e}")
    return str(resp)
