import json

import boto3

bedrock = boto3.client("bedrock-runtime", region_name="eu-west-3")
MODEL_ID = "mistral.mistral-large-2402-v1:0"


def lambda_handler(event, context):
    body = json.loads(event["body"])
    try:
        r = bedrock.converse(modelId=MODEL_ID, messages=[{"role": "user", "content": [{"text": "Summarize: " + body["text"]}]}])
        return {"statusCode": 200, "body": json.dumps({"summary": r["output"]["message"]["content"][0]["text"]})}
    except Exception as e:
        return {"statusCode": 502, "body": json.dumps({"error": str(e)})}
