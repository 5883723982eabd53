from slack_bolt import App

from .answer import draft_answer
from .config import SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET

app = App(token=SLACK_BOT_TOKEN, signing_secret=SLACK_SIGNING_SECRET)


@app.event("app_mention")
def on_mention(event, say):
    try:
        say(draft_answer(event["text"]), thread_ts=event["ts"])
    except Exception as err:
        say(f"I could not answer: {err}", thread_ts=event["ts"])


if __name__ == "__main__":
    app.start(port=3000)
