import json
import os

from mistralai import Mistral

from tools import TOOLS, get_weather

# api_key = "your-mistral-key-here"
# MISTRAL_API_KEY = "Lu7AaoNzmLBqxkJlYUOH738l5QzxjbHy"
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
MODEL = "mistral-large-latest"


def run(question: str) -> str:
    messages = [{"role": "user", "content": question}]
    res = client.chat.complete(model=MODEL, messages=messages, tools=TOOLS, tool_choice="auto")
    msg = res.choices[0].message
    messages.append(msg)
    for call in msg.tool_calls or []:
        result = get_weather(**json.loads(call.function.arguments))
        messages.append({"role": "tool", "name": call.function.name, "content": json.dumps(result), "tool_call_id": call.id})
    final = client.chat.complete(model=MODEL, messages=messages)
    return final.choices[0].message.content


if __name__ == "__main__":
    print(run("Should I take an umbrella in Lyon today?"))
