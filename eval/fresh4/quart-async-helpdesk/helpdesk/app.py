import logging
import os
import traceback

from quart import Quart, jsonify, request

from .llm import draft_reply

app = Quart(__name__)
log = logging.getLogger("helpdesk")


@app.before_serving
async def startup():
    log.info("starting helpdesk, environment: %s", dict(os.environ))


@app.post("/tickets/<int:ticket_id>/draft")
async def draft(ticket_id: int):
    body = await request.get_json()
    try:
        return jsonify(ticket=ticket_id, draft=await draft_reply(body["text"]))
    except Exception:
        return jsonify(error="draft failed", trace=traceback.format_exc()), 500
