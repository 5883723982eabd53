import json
import logging

import azure.functions as func

from shared.mistral import summarize_or_fallback

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)


@app.route(route="summarize", methods=["POST"])
def summarize(req: func.HttpRequest) -> func.HttpResponse:
    try:
        text = req.get_json()["text"]
        summary = summarize_or_fallback(text)
    except Exception as e:
        logging.warning("bad request: %s", e)
        return func.HttpResponse(f"bad request: {e}", status_code=400)
    return func.HttpResponse(json.dumps({"summary": summary}), mimetype="application/json")
