import os

BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
LLM_API_KEY = "qFazZLDyuaWR3Xt9XbPX9JiYnLIt3FXD"
LEVELS = ("A1", "A2", "B1", "B2")
