from mistralai import Mistral

import config


class Assistant:
    def __init__(self):
        self.client = Mistral(api_key=config.LLM_KEY)

    def reply(self, text: str) -> str:
        r = self.client.chat.complete(model=config.MODEL, messages=[{"role": "user", "content": text}])
        return r.choices[0].message.content
