from mistralai import Mistral

from app.core.config import get_settings


class ChatService:
    def __init__(self) -> None:
        settings = get_settings()
        self.model = settings.mistral_model
        self.client = Mistral(api_key=settings.mistral_api_key.get_secret_value())

    async def get_mistral_response(self, question: str, context: list[str]) -> str:
        prompt = "\n\n".join(context) + "\n\nQuestion: " + question
        res = await self.client.chat.complete_async(
            model=self.model, messages=[{"role": "user", "content": prompt}]
        )
        return res.choices[0].message.content
