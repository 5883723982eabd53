from standup.summarizer import summarize_thread


def ack(ack):
    ack()


def run_summary(body, say, client):
    channel = body["channel_id"]
    history = client.conversations_history(channel=channel, limit=50)
    try:
        say(summarize_thread([m.get("text", "") for m in history["messages"]]))
    except Exception as e:
        say(f":warning: summary failed ({type(e).__name__}): {e}")
