import json

import pandas as pd

PAYMENTS = pd.DataFrame({"transaction_id": ["T1001", "T1002"], "status": ["Paid", "Pending"]})

TOOLS = [{
    "type": "function",
    "function": {
        "name": "payment_status",
        "description": "Status of a transaction",
        "parameters": {"type": "object", "properties": {"transaction_id": {"type": "string"}}, "required": ["transaction_id"]},
    },
}]


def run_tool(name: str, arguments: str) -> str:
    args = json.loads(arguments)
    row = PAYMENTS[PAYMENTS.transaction_id == args["transaction_id"]]
    return row.to_json(orient="records")
