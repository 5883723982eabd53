import instructor
from mistralai import Mistral

from .schema import Invoice
from .settings import settings

client = instructor.from_mistral(Mistral(api_key=settings.api_key), mode=instructor.Mode.MISTRAL_TOOLS)


def extract_invoice(text: str) -> Invoice:
    return client.chat.completions.create(
        model=settings.model,
        response_model=Invoice,
        messages=[{"role": "user", "content": text}],
    )
