import json

from service.summary import summarize as run_summary


def summarize(event, context):
    body = json.loads(event.get("body") or "{}")
    try:
        return {"statusCode": 200, "body": json.dumps({"summary": run_summary(body["text"])})}
    except KeyError:
        return {"statusCode": 400, "body": json.dumps({"error": "text is required"})}
    except Exception as e:
        return {"statusCode": 500, "body": json.dumps({"error": str(e)})}
