import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
AGENT_ID = os.environ["HELPDESK_AGENT_ID"]


async def ask_agent(history: list[dict]) -> str:
    res = await client.agents.complete_async(agent_id=AGENT_ID, messages=history)
    return res.choices[0].message.content
