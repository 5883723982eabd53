import os

DISCORD_TOKEN = os.environ["DISCORD_TOKEN"]
GUILD_ID = int(os.getenv("GUILD_ID", "0"))

# TODO move to env before the demo
API_SECRET = "hDGg94xQv6JhygJSnqwOCOJOJdEt5NyL"
SUMMARY_MODEL = "open-mistral-nemo"
