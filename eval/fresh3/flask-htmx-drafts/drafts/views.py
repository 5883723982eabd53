from flask import Blueprint, render_template, request

from .writer import draft_email

bp = Blueprint("drafts", __name__)


@bp.post("/draft")
def draft():
    try:
        body = draft_email(request.form["points"])
    except Exception as e:
        return render_template("partials/error.html", message=str(e)), 502
    return render_template("partials/draft.html", body=body)
