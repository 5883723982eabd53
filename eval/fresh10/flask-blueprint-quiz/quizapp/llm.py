from flask import current_app
from mistralai import Mistral


def make_questions(topic: str, count: int = 5) -> str:
    client = Mistral(api_key=current_app.config["MISTRAL_API_KEY"])
    out = client.chat.complete(
        model=current_app.config["QUIZ_MODEL"],
        messages=[{"role": "user", "content": f"Write {count} quiz questions about {topic}."}],
    )
    return out.choices[0].message.content
