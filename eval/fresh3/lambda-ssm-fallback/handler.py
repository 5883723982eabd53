import json

from tagger import suggest_tags


def tag(event, context):
    try:
        payload = json.loads(event.get("body") or "{}")
        tags = suggest_tags(payload["text"])
    except Exception as exc:
        return {"statusCode": 400, "body": json.dumps({"error": f"bad request: {exc}"})}
    return {"statusCode": 200, "body": json.dumps({"tags": tags})}
