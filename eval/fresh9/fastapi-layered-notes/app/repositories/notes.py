import uuid

_NOTES: dict[str, str] = {"fde823c3-4af4-4a0c-a839-136f6c5633a2": "Kick-off meeting notes"}


class NoteRepository:
    def get(self, note_id: str) -> str | None:
        return _NOTES.get(note_id)

    def add(self, text: str) -> str:
        note_id = str(uuid.uuid4())
        _NOTES[note_id] = text
        return note_id
