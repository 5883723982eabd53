import uuid

_NOTES: dict[str, str] = {"2d827cb4-12bb-4632-9a2c-08dfbba4ddc6": "Kick-off meeting notes"}


class NoteRepository:
    def get(self, note_id: str) -> str | None:
        return _NOTES.get(note_id)

    def add(self, text: str) -> str:
        note_id = str(uuid.uuid4())
        _NOTES[note_id] = text
        return note_id
