from mistralai import Mistral


class DigestService:
    def __init__(self, api_key: str):
        self._client = Mistral(api_key=api_key)

    async def digest(self, posts: list[str]) -> str:
        res = await self._client.chat.complete_async(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Digest these posts:\n" + "\n".join(posts)}],
        )
        return res.choices[0].message.content
