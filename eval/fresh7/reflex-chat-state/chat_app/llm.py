from mistralai import Mistral

from .config import LLM_TOKEN, MODEL

_client = Mistral(api_key=LLM_TOKEN)


async def ask(history: list[dict]) -> str:
    res = await _client.chat.complete_async(model=MODEL, messages=history)
    return res.choices[0].message.content
