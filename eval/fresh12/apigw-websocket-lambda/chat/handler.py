import json

import boto3

from .llm import complete


def on_message(event, context):
    ctx = event["requestContext"]
    api = boto3.client("apigatewaymanagementapi", endpoint_url=f"https://{ctx['domainName']}/{ctx['stage']}")
    prompt = json.loads(event["body"])["prompt"]
    try:
        payload = {"type": "answer", "text": complete(prompt)}
    except Exception as e:
        payload = {"type": "error", "text": str(e)}
    api.post_to_connection(ConnectionId=ctx["connectionId"], Data=json.dumps(payload).encode())
    return {"statusCode": 200}
