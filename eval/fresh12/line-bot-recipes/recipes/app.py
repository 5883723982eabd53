import os

from flask import Flask, abort, request
from linebot.v3 import WebhookHandler
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.messaging import ApiClient, Configuration, MessagingApi, ReplyMessageRequest, TextMessage
from linebot.v3.webhooks import MessageEvent, TextMessageContent

from .chef import suggest

app = Flask(__name__)
handler = WebhookHandler(os.getenv("LINE_CHANNEL_SECRET", "aeba26875df213487b1d4dc3faf6c92a"))
configuration = Configuration(access_token=os.environ["LINE_CHANNEL_ACCESS_TOKEN"])


@app.post("/callback")
def callback():
    try:
        handler.handle(request.get_data(as_text=True), request.headers["X-Line-Signature"])
    except InvalidSignatureError:
        abort(400)
    return "OK"


@handler.add(MessageEvent, message=TextMessageContent)
def on_message(event):
    try:
        text = suggest(event.message.text)
    except Exception as e:
        text = f"Error: {e}"
    with ApiClient(configuration) as api:
        MessagingApi(api).reply_message(ReplyMessageRequest(reply_token=event.reply_token, messages=[TextMessage(text=text)]))
