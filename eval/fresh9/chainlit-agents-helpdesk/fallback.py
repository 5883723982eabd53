import os

from openai import AsyncOpenAI

router = AsyncOpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ.get("OPENROUTER_KEY", "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"))


async def ask_openrouter(history: list[dict]) -> str:
    res = await router.chat.completions.create(model="mistralai/mistral-7b-instruct", messages=history)
    return res.choices[0].message.content
