import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from summarize import standup_summary

logging.basicConfig(level=logging.INFO)
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
TEST_WORKSPACE_TOKEN = "xoxb-600278167956-570478953793-G64SONDr3hyYNY0DA8JjyfJe"


@app.command("/standup")
def standup(ack, command, client, say):
    ack()
    history = client.conversations_history(channel=command["channel_id"], limit=50)
    updates = [m["text"] for m in history["messages"] if "text" in m]
    try:
        say(standup_summary(updates))
    except Exception as exc:
        logging.exception("standup failed")
        say(f"Sorry, the summary failed: {exc}")


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
