from chalice import BadRequestError, Chalice, ChaliceViewError

from chalicelib.triage import triage

app = Chalice(app_name="ticket-triage")


@app.route("/triage", methods=["POST"])
def triage_ticket():
    body = app.current_request.json_body or {}
    if "ticket" not in body:
        raise BadRequestError("ticket is required")
    try:
        return {"priority": triage(body["ticket"])}
    except Exception as e:
        raise ChaliceViewError(f"triage failed: {e}")
