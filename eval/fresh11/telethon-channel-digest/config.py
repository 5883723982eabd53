import os

API_ID = int(os.environ.get("TG_API_ID", "1234567"))
API_HASH = os.environ.get("TG_API_HASH", "72d822c89c7e2d042f9d2f111e0bffc3")
LLM_SECRET = "gJrT7U1iBKQFI3mRyOP6YJXRaRINMHzH"
CHANNELS = ["@example_news"]
