import json
import logging

from faq import llm

logger = logging.getLogger()
logger.setLevel(logging.INFO)


def ask(event, context):
    try:
        body = json.loads(event.get("body") or "{}")
    except json.JSONDecodeError as e:
        return {"statusCode": 400, "body": json.dumps({"error": f"bad json: {e}"})}
    logger.info("request id %s", context.aws_request_id)
    try:
        answer = llm.ask(body["question"])
    except Exception as e:
        logger.exception("ask failed")
        return {"statusCode": 500, "body": json.dumps({"error": repr(e)})}
    return {"statusCode": 200, "body": json.dumps({"answer": answer})}
