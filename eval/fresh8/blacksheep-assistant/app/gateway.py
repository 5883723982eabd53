import os

from mistralai import Mistral

from app import settings


class MistralGateway:
    def __init__(self) -> None:
        self._client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

    async def ask(self, prompt: str) -> str:
        res = await self._client.chat.complete_async(model=settings.MODEL,
                                                     messages=[{"role": "user", "content": prompt}])
        return res.choices[0].message.content
