import os

import requests


class MistralSession(requests.Session):
    def __init__(self):
        super().__init__()
        self.headers.update({"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"})
        self.base = "https://api.mistral.ai/v1"

    def chat(self, prompt):
        return self.post(self.base + "/chat/completions", json={
            "model": "mistral-small-latest",
            "messages": [{"role": "user", "content": prompt}],
        })
