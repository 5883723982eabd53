import os

from openai import AsyncOpenAI

router = AsyncOpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ.get("OPENROUTER_KEY", "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"))


async def ask_openrouter(history: list[dict]) -> str:
    res = await router.chat.completions.create(model="mistralai/mistral-7b-instruct", messages=history)
    return res.choices[0].message.content
