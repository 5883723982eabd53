from bot.client import client

history = []


def send(text: str) -> str:
    history.append({"role": "user", "content": text})
    r = client.chat.complete(model="mistral-small-latest", messages=history)
    history.append({"role": "assistant", "content": r.choices[0].message.content})
    return history[-1]["content"]
