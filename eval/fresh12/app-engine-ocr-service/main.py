import logging

from flask import Flask, jsonify, request

from ocr import ocr_pdf

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/ocr")
def ocr_route():
    try:
        return jsonify(markdown=ocr_pdf(request.files["file"].read()))
    except Exception:
        log.exception("ocr failed")
        return jsonify(error="OCR failed, please retry"), 502
