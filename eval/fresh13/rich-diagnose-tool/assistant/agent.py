from mistralai import Mistral

from assistant.settings import get_settings


def run(prompt: str) -> str:
    s = get_settings()
    return Mistral(api_key=s.mistral_api_key).chat.complete(
        model=s.model, max_tokens=s.max_tokens, messages=[{"role": "user", "content": prompt}]
    ).choices[0].message.content
