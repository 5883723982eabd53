from flask import Blueprint, jsonify, request

from app.ocr.client import extract_markdown

bp = Blueprint("invoices", __name__, url_prefix="/invoices")


@bp.post("/extract")
def extract():
    upload = request.files.get("file")
    if upload is None:
        return jsonify(error="no file"), 400
    try:
        text = extract_markdown(upload.read())
    except Exception as e:
        return jsonify(error=str(e)), 502
    return jsonify(markdown=text)
