import os

from openai import AsyncOpenAI

router = AsyncOpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ.get("OPENROUTER_KEY", "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"))


async def ask_openrouter(history: list[dict]) -> str:
    res = await router.chat.completions.create(model="mistralai/mistral-7b-instruct", messages=history)
    return res.choices[0].message.content
