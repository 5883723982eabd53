import os

TELEGRAM_TOKEN = os.getenv("TELEGRAM_TOKEN", "7530175857:AAGsAWnpzAivbvQjuED2FecXmK9jED7VhX")
MISTRAL_HEADERS = {"Authorization": "Bearer " + os.environ["MISTRAL_API_KEY"]}
WEBHOOK_SECRET = "VNjCAdxPEXjeyZmLnCr4CL8i5tCESyV6"
