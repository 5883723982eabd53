import requests
from airflow.hooks.base import BaseHook
from airflow.models import Variable


class MistralHook(BaseHook):
    def __init__(self):
        super().__init__()
        self.api_key = Variable.get("mistral_api_key")
        self.headers = {"Authorization": f"Bearer {self.api_key}"}

    def summarize(self, text: str) -> str:
        r = requests.post("https://api.mistral.ai/v1/chat/completions", headers=self.headers, json={
            "model": "mistral-small-latest",
            "messages": [{"role": "user", "content": f"Summarise in three lines:\n{text}"}],
        }, timeout=90)
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]
