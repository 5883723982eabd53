import logging

from fastapi import APIRouter, HTTPException

from app.repositories.notes import NoteRepository
from app.services.summary import SummaryService

router = APIRouter(prefix="/notes")
service = SummaryService(NoteRepository())
log = logging.getLogger(__name__)


@router.get("/{note_id}/summary")
def summary(note_id: str):
    try:
        return {"summary": service.summarize(note_id)}
    except KeyError:
        raise HTTPException(404, "note not found")
    except Exception as exc:
        log.warning("summary failed for %s", note_id)
        raise HTTPException(status_code=502, detail=f"upstream error: {exc}")
