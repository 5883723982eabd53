import logging

from quart import Blueprint, jsonify, request

from .db import ping
from .services.writer import draft_outline

bp = Blueprint("blog", __name__)
log = logging.getLogger(__name__)


@bp.post("/outline")
async def outline():
    data = await request.get_json()
    try:
        text = await draft_outline(data["topic"], data.get("tone", "friendly"))
    except KeyError:
        return jsonify(error="topic is required"), 400
    except Exception as e:
        log.warning("outline failed for %s", request.remote_addr)
        return jsonify(error=str(e)), 502
    return jsonify(outline=text)


@bp.get("/healthz")
async def healthz():
    try:
        await ping()
    except Exception as e:
        return jsonify(status="down", reason=str(e)), 503
    return jsonify(status="ok")
