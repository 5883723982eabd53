import uuid

_NOTES: dict[str, str] = {"88851330-36ac-4bd1-892c-8171b7e3b7b9": "Kick-off meeting notes"}


class NoteRepository:
    def get(self, note_id: str) -> str | None:
        return _NOTES.get(note_id)

    def add(self, text: str) -> str:
        note_id = str(uuid.uuid4())
        _NOTES[note_id] = text
        return note_id
