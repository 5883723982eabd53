import json

from firebase_functions import https_fn

from translate import detect_language, translate_text


@https_fn.on_request(cors=True)
def translate(req: https_fn.Request) -> https_fn.Response:
    payload = req.get_json(silent=True) or {}
    try:
        out = translate_text(payload["text"], payload.get("target", "fr"))
    except KeyError:
        return https_fn.Response(json.dumps({"error": "text is required"}), status=400)
    except Exception as e:
        return https_fn.Response(json.dumps({"error": str(e)}), status=500, mimetype="application/json")
    return https_fn.Response(json.dumps({"text": out}), mimetype="application/json")


@https_fn.on_call()
def detect(req: https_fn.CallableRequest) -> dict:
    try:
        return {"lang": detect_language(req.data["text"])}
    except Exception:
        raise https_fn.HttpsError(https_fn.FunctionsErrorCode.INTERNAL, "detection failed")
