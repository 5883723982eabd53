import os

from mistralai import Mistral

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def tags_for(url: str) -> str:
    r = _client.chat.complete(
        model="pixtral-12b-2409",
        messages=[{"role": "user", "content": [{"type": "text", "text": "Five tags:"}, {"type": "image_url", "image_url": url}]}],
    )
    return r.choices[0].message.content
