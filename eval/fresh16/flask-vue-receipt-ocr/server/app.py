import logging
import os

import requests
from flask import Flask, jsonify, request

from ocr_service import OcrService

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("FLASK_SECRET_KEY", "dev")
ocr = OcrService()
logging.basicConfig(level=logging.DEBUG)


@app.post("/api/receipts")
def parse_receipt():
    url = (request.get_json(silent=True) or {}).get("url")
    if not url:
        return jsonify(error="missing url"), 400
    logging.debug("ocr session headers: %s", ocr.session.headers)
    try:
        pages = ocr.extract(url)["pages"]
    except requests.HTTPError as exc:
        return jsonify(error=exc.response.text), exc.response.status_code
    logging.info("ocr ok: %d pages", len(pages))
    return jsonify(markdown=[p["markdown"] for p in pages])
