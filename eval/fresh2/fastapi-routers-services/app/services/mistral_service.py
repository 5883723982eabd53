from mistralai import Mistral

from app.core.config import get_settings


class ChatService:
    def __init__(self) -> None:
        settings = get_settings()
        self._client = Mistral(api_key=settings.mistral_api_key)
        self._model = settings.mistral_model

    async def get_reply(self, message: str) -> str:
        response = await self._client.chat.complete_async(
            model=self._model,
            messages=[{"role": "user", "content": message}],
        )
        return response.choices[0].message.content
