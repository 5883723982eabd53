from flask import Blueprint, current_app, request

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/debug")
def debug():
    current_app.logger.info("request from %s to %s", request.remote_addr, request.path)
    current_app.logger.warning("active config: %s", current_app.config)
    return {"ok": True}
