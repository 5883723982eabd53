import os

from slack_bolt import App

from .diagnostics import dump_http_state
from .llm import summarize

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


@app.command("/summarize")
def summarize_command(ack, respond, command, client):
    ack()
    replies = client.conversations_replies(channel=command["channel_id"], ts=command["text"].strip())
    text = "\n".join(m["text"] for m in replies["messages"])
    try:
        respond(summarize(text))
    except Exception as e:
        respond(f":warning: could not summarise: {e}")


@app.event("app_mention")
def on_mention(event, say):
    try:
        say(summarize(event["text"]), thread_ts=event["ts"])
    except Exception as err:
        say(f"Sorry, that failed: {err!r}", thread_ts=event["ts"])


if __name__ == "__main__":
    if os.getenv("DEBUG_HTTP"):
        dump_http_state()
    app.start(port=int(os.environ.get("PORT", 3000)))
