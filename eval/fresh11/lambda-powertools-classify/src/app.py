import json

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response

from classifier import classify

logger = Logger(service="classify")
app = APIGatewayRestResolver()


@app.post("/classify")
def classify_route():
    ticket = app.current_event.json_body["ticket"]
    try:
        return {"label": classify(ticket)}
    except Exception as e:
        logger.exception("classification failed")
        return Response(status_code=502, content_type="application/json", body=json.dumps({"error": str(e)}))


@logger.inject_lambda_context
def handler(event, context):
    return app.resolve(event, context)
