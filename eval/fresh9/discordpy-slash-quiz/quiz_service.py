from mistralai import Mistral

from bot_config import LLM_TOKEN


class QuizService:
    def __init__(self):
        self._llm = Mistral(api_key=LLM_TOKEN)

    async def question(self, topic: str) -> str:
        res = await self._llm.chat.complete_async(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": f"One quiz question about {topic}"}],
        )
        return res.choices[0].message.content
