import uuid

_NOTES: dict[str, str] = {"a0f62271-6c2e-4f02-b504-c2c8b14cfb14": "Kick-off meeting notes"}


class NoteRepository:
    def get(self, note_id: str) -> str | None:
        return _NOTES.get(note_id)

    def add(self, text: str) -> str:
        note_id = str(uuid.uuid4())
        _NOTES[note_id] = text
        return note_id
