import os

TELEGRAM_TOKEN = os.environ["TELEGRAM_TOKEN"]
LLM_KEY = "zaWmpX3A7yB8u9BbKZFNHcVRitxaufso"
MODEL = "open-mistral-nemo"
