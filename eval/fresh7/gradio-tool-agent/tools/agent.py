import json
import os

from mistralai import Mistral

from .weather import forecast

MISTRAL_KEY = os.getenv("MISTRAL_API_KEY", "Q1PkJEclMb7e34uReUHpdZPKY64oDCtp")
client = Mistral(api_key=MISTRAL_KEY)
TOOLS = [{"type": "function", "function": {"name": "forecast", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]


def run_tools(messages: list[dict]) -> str:
    res = client.chat.complete(model="mistral-large-latest", messages=messages, tools=TOOLS)
    msg = res.choices[0].message
    for call in msg.tool_calls or []:
        args = json.loads(call.function.arguments)
        messages += [msg, {"role": "tool", "name": "forecast", "content": forecast(**args), "tool_call_id": call.id}]
        res = client.chat.complete(model="mistral-large-latest", messages=messages)
    return res.choices[0].message.content
