import uuid

_NOTES: dict[str, str] = {"99b6aac2-1198-4d06-a811-07c146a20783": "Kick-off meeting notes"}


class NoteRepository:
    def get(self, note_id: str) -> str | None:
        return _NOTES.get(note_id)

    def add(self, text: str) -> str:
        note_id = str(uuid.uuid4())
        _NOTES[note_id] = text
        return note_id
