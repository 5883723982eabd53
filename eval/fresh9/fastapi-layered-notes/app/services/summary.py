from mistralai import Mistral

from app.core.settings import settings
from app.repositories.notes import NoteRepository


class SummaryService:
    def __init__(self, repo: NoteRepository):
        self.repo = repo
        self.client = Mistral(api_key=settings.mistral_api_key)

    def summarize(self, note_id: str) -> str:
        text = self.repo.get(note_id)
        if text is None:
            raise KeyError(note_id)
        res = self.client.chat.complete(
            model=settings.mistral_model,
            messages=[{"role": "user", "content": f"Summarize: {text}"}],
        )
        return res.choices[0].message.content
