from mistralai import Mistral


class FaqAnswerer:
    def __init__(self, api_key: str):
        self._client = Mistral(api_key=api_key)

    async def answer(self, question: str, context: str) -> str:
        resp = await self._client.chat.complete_async(
            model="mistral-small-latest",
            messages=[{"role": "system", "content": context}, {"role": "user", "content": question}],
        )
        return resp.choices[0].message.content
