from ninja import Router, Schema

from assistant import services

router = Router()


class AskIn(Schema):
    question: str


@router.post("/ask")
def ask(request, payload: AskIn):
    try:
        return {"answer": services.ask(payload.question)}
    except Exception as e:
        return 502, {"detail": str(e)}
