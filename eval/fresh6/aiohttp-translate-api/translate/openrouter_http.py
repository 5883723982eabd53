import aiohttp

# Spare provider for the long-document queue, billed to the research team.
OPENROUTER_KEY = "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"


async def translate_long(session: aiohttp.ClientSession, text: str, target: str) -> str:
    async with session.post(
        "https://openrouter.ai/api/v1/chat/completions",
        headers={"Authorization": f"Bearer {OPENROUTER_KEY}"},
        json={"model": "mistralai/mistral-nemo", "messages": [{"role": "user", "content": f"Translate into {target}: {text}"}]},
    ) as resp:
        try:
            data = await resp.json()
        except Exception as e:
            return f"openrouter error: {e}"
        return data["choices"][0]["message"]["content"]
