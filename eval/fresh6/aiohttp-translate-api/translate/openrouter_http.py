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
