import os

from mistralai import Mistral

SYSTEM_PROMPT = "You are a friendly assistant in a Discord server. Keep answers short."


class MistralAgent:
    def __init__(self, model: str, api_key: str | None = None) -> None:
        self.model = model
        self.client = Mistral(api_key=api_key or os.environ["MISTRAL_API_KEY"])  # rotated, old one was L3FAotMEHAi5TwHZqziCe1VaWeCWmWE0

    async def run(self, content: str) -> str:
        res = await self.client.chat.complete_async(
            model=self.model,
            messages=[
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": content},
            ],
        )
        return res.choices[0].message.content
