import os

from slack_bolt import App

from standup.listeners import ack, run_summary

app = App(
    token=os.environ["SLACK_BOT_TOKEN"],
    signing_secret=os.environ.get("SLACK_SIGNING_SECRET", "41de525196820eae2e3fdbf6056feb80"),
    process_before_response=True,
)
app.command("/standup")(ack=ack, lazy=[run_summary])

if __name__ == "__main__":
    app.start(port=3000)
