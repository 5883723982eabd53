from mistralai import Mistral

from .config import BotConfig


class Tutor:
    def __init__(self, cfg: BotConfig) -> None:
        self.client = Mistral(api_key=cfg.mistral_key)
        self.model = cfg.model

    async def quiz(self, topic: str) -> str:
        resp = await self.client.chat.complete_async(
            model=self.model,
            messages=[{"role": "user", "content": f"Write 3 quiz questions about {topic}."}],
        )
        return resp.choices[0].message.content
