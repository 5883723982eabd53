import os

from openai import AsyncOpenAI

router = AsyncOpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ.get("OPENROUTER_KEY", "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"))


async def ask_openrouter(history: list[dict]) -> str:
    res = await router.chat.completions.create(model="mistralai/mistral-7b-instruct", messages=history)
    return res.choices[0].message.content
