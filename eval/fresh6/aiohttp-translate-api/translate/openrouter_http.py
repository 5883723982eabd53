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
