import logging

from common.creds import TOKEN
from mistralai import Mistral

log = logging.getLogger(__name__)
client = Mistral(api_key=TOKEN)


def classify(ticket: str) -> str:
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Label as bug, billing or other:\n{ticket}"}],
    )
    label = res.choices[0].message.content.strip().lower()
    log.info("classified ticket as %s (usage %s)", label, res.usage.total_tokens)
    return label
