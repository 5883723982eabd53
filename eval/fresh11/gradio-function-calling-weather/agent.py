import json
import logging
import os

from mistralai import Mistral

from tools import TOOLS, get_weather

log = logging.getLogger(__name__)
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])  # edmjCEltVrQnNaLLmVp4PBy9Y7y8t1aQ
FALLBACK = "Sorry, the weather assistant is unavailable right now."


def answer(question: str) -> str:
    messages = [{"role": "user", "content": question}]
    try:
        first = client.chat.complete(model="mistral-large-latest", messages=messages, tools=TOOLS, tool_choice="auto")
        call = first.choices[0].message.tool_calls[0]
        result = get_weather(**json.loads(call.function.arguments))
        messages += [first.choices[0].message, {"role": "tool", "name": "get_weather", "content": json.dumps(result), "tool_call_id": call.id}]
        final = client.chat.complete(model="mistral-large-latest", messages=messages)
        return final.choices[0].message.content
    except Exception:
        log.exception("agent failed")
        return FALLBACK
