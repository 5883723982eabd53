import json

from .summarizer import summarize


def lambda_handler(event, context):
    try:
        text = json.loads(event["body"])["text"]
        summary = summarize(text)
        return {"statusCode": 200, "body": json.dumps({"summary": summary})}
    except Exception as e:
        return {"statusCode": 500, "body": json.dumps({"error": str(e)})}
