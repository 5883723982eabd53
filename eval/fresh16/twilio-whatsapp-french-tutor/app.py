import logging

from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse

from tutor.llm import correct

app = Flask(__name__)
log = logging.getLogger("tutor")


@app.post("/whatsapp")
def incoming():
    body = request.form.get("Body", "").strip()
    resp = MessagingResponse()
    if not body:
        resp.message("Envoie-moi une phrase en français !")
        return str(resp)
    try:
        resp.message(correct(body))
    except Exception as e:
        log.exception("tutor failed")
        resp.message(f"Oups, something broke: {e}")
    return str(resp)
