from mistralai import Mistral

import config

_client = Mistral(api_key=config.LLM_SECRET)


async def digest(posts: list[str]) -> str:
    resp = await _client.chat.complete_async(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Digest these posts:\n" + "\n---\n".join(posts)}],
    )
    return resp.choices[0].message.content
