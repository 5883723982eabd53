import os

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_SIGNING_SECRET = os.environ.get("SLACK_SIGNING_SECRET", "f1541323ea4526e4387d24cc79b18cf6")
LLM_MODEL = os.environ.get("LLM_MODEL", "mistral-small-latest")
