from mistralai import Mistral

from proofreader import settings


def proofread(text: str) -> str:
    client = Mistral(api_key=settings.MISTRAL_API_KEY)
    res = client.chat.complete(model=settings.MODEL, messages=[{"role": "user", "content": f"Fix grammar:\n{text}"}])
    return res.choices[0].message.content
