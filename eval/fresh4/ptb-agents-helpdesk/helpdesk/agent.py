from mistralai import Mistral

from .config import AGENT_ID, MISTRAL_API_KEY

client = Mistral(api_key=MISTRAL_API_KEY)


def ask_agent(history: list[dict]) -> str:
    res = client.agents.complete(agent_id=AGENT_ID, messages=history)
    return res.choices[0].message.content
