from mistralai.models import SDKError
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError

from .services import triage

api = NinjaAPI(title="triage")


class TicketIn(Schema):
    subject: str
    body: str


@api.post("/triage")
def triage_ticket(request, ticket: TicketIn):
    try:
        tags = triage(ticket.subject, ticket.body)
    except SDKError as e:
        raise HttpError(502, str(e))
    return {"tags": tags}


@api.post("/triage/bulk", response={200: dict, 502: dict})
def triage_bulk(request, tickets: list[TicketIn]):
    try:
        return 200, {"tags": [triage(t.subject, t.body) for t in tickets]}
    except Exception as e:
        return 502, {"detail": repr(e)}
