from mistralai import Mistral

from .config import CFG

client = Mistral(api_key=CFG["mistral"]["api_key"])


def quiz_me(topic: str) -> str:
    res = client.chat.complete(
        model=CFG["mistral"]["model"],
        messages=[{"role": "user", "content": f"Ask me one exam question about {topic}."}],
    )
    return res.choices[0].message.content
