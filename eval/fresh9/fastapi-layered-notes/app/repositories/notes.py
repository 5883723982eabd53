import uuid

_NOTES: dict[str, str] = {"87c437ef-d5d2-443e-954f-5fd095f3ad89": "Kick-off meeting notes"}


class NoteRepository:
    def get(self, note_id: str) -> str | None:
        return _NOTES.get(note_id)

    def add(self, text: str) -> str:
        note_id = str(uuid.uuid4())
        _NOTES[note_id] = text
        return note_id
