from mistralai import Mistral

from app.core.settings import settings

client = Mistral(api_key=settings.mistral_api_key)


async def agent_deltas(prompt: str):
    res = await client.agents.stream_async(agent_id=settings.agent_id, messages=[{"role": "user", "content": prompt}])
    async for event in res:
        text = event.data.choices[0].delta.content
        if text:
            yield text
