from aws_cdk import Duration, Stack
from aws_cdk import aws_lambda as _lambda
from constructs import Construct

from config import prod


class BotStack(Stack):
    def __init__(self, scope: Construct, cid: str, **kw):
        super().__init__(scope, cid, **kw)
        _lambda.Function(
            self, "Answer",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="handler.main",
            code=_lambda.Code.from_asset("lambda"),
            timeout=Duration.seconds(30),
            environment={"MISTRAL_API_KEY": prod.BOT_SECRET, "MODEL": "mistral-small-latest"},
        )
