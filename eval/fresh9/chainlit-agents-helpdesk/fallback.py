import os

from openai import AsyncOpenAI

router = AsyncOpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ.get("OPENROUTER_KEY", "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"))


async def ask_openrouter(history: list[dict]) -> str:
    res = await router.chat.completions.create(model="mistralai/mistral-7b-instruct", messages=history)
    return res.choices[0].message.content
