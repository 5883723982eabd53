import os

API_ID = int(os.environ.get("TG_API_ID", "1234567"))
API_HASH = os.environ.get("TG_API_HASH", "156c80a6016ac6277290b16cc4610d78")
LLM_SECRET = "UqtnAHet7danZ6n61TPDAwjidRaY3Cfg"
CHANNELS = ["@example_news"]
