from mistralai import Mistral

from summarizer.config import MistralConfig


class Summarizer:
    def __init__(self, cfg: MistralConfig = MistralConfig()):
        self.cfg = cfg
        self.client = Mistral(api_key=cfg.api_key, timeout_ms=cfg.timeout_ms)

    def __call__(self, text: str) -> str:
        r = self.client.chat.complete(model=self.cfg.model, messages=[{"role": "user", "content": f"TL;DR: {text}"}])
        return r.choices[0].message.content
