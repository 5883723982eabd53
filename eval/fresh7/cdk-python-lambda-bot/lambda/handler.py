import json

from llm import answer


def main(event, context):
    body = json.loads(event.get("body") or "{}")
    try:
        text = answer(body["question"])
    except Exception as e:
        return {"statusCode": 500, "body": json.dumps({"error": repr(e)})}
    return {"statusCode": 200, "body": json.dumps({"answer": text})}
