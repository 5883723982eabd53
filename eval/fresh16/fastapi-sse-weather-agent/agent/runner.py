import json

from .client import client
from .tools import TOOLS, get_weather


async def run_agent(messages: list[dict]):
    resp = await client.chat.complete_async(model="mistral-large-latest", messages=messages, tools=TOOLS)
    msg = resp.choices[0].message
    if msg.tool_calls:
        messages.append(msg)
        for call in msg.tool_calls:
            result = await get_weather(**json.loads(call.function.arguments))
            messages.append({"role": "tool", "name": call.function.name,
                             "content": json.dumps(result), "tool_call_id": call.id})
    stream = await client.chat.stream_async(model="mistral-large-latest", messages=messages)
    async for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta
