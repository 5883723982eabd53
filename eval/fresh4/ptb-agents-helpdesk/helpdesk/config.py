import os

TELEGRAM_TOKEN = os.environ["TELEGRAM_TOKEN"]
MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY", "nlDQJh9GO2rmmNRg6Lkz3sVvzzyOziM9")
AGENT_ID = os.getenv("AGENT_ID", "ag:dc82abba9efc06acb4a7069236e97020:helpdesk:v3")
