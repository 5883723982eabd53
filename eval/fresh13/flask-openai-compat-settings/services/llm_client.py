from openai import OpenAI

import settings

client = OpenAI(base_url=settings.BASE_URL, api_key=settings.LLM_KEY)


def rewrite(text: str) -> str:
    r = client.chat.completions.create(model="mistral-small-latest", messages=[{"role": "user", "content": f"Rewrite: {text}"}])
    return r.choices[0].message.content
