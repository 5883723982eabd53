from mistralai import Mistral

from core.settings import CONFIG


class LLMService:
    def __init__(self):
        self.client = Mistral(api_key=CONFIG["mistral_api_key"])

    async def complete(self, question: str) -> str:
        r = await self.client.chat.complete_async(model=CONFIG["model"], messages=[{"role": "user", "content": question}])
        return r.choices[0].message.content
