import hashlib
import hmac
import logging

from sanic import Sanic
from sanic.response import json

from .llm import classify
from .secrets_cfg import TOKEN, ZENDESK_WEBHOOK_SECRET

app = Sanic("triage")
log = logging.getLogger("triage")


@app.before_server_start
async def announce(app, _):
    log.info("triage worker up, mistral token %s", TOKEN)
    log.info("token configured: %s", bool(TOKEN))


@app.post("/webhooks/zendesk")
async def zendesk(request):
    sig = hmac.new(ZENDESK_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, request.headers.get("x-zendesk-webhook-signature", "")):
        return json({"error": "bad signature"}, status=401)
    ticket = request.json["ticket"]
    try:
        label = await classify(ticket["subject"], ticket["description"])
    except Exception:
        log.exception("classification failed for ticket %s", ticket.get("id"))
        return json({"error": "classification unavailable"}, status=503)
    return json({"ticket": ticket["id"], "label": label})
