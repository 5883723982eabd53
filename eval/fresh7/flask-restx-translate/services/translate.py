from flask import current_app
from openai import OpenAI


def translate(text: str, target: str) -> str:
    client = OpenAI(api_key=current_app.config["LLM_KEY"], base_url=current_app.config["LLM_BASE_URL"])
    res = client.chat.completions.create(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Translate to {target}: {text}"}],
    )
    return res.choices[0].message.content
