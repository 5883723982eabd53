from django.conf import settings
from langchain_mistralai import ChatMistralAI


def tag_article(text: str) -> list[str]:
    llm = ChatMistralAI(model="mistral-small-latest", api_key=settings.MISTRAL_API_KEY)
    out = llm.invoke(f"Comma separated tags for:\n{text}")
    return [t.strip() for t in out.content.split(",")]
