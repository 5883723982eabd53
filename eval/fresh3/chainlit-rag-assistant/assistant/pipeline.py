from mistralai import Mistral

from .config import load_settings
from .retriever import top_chunks

_settings = load_settings()
_client = Mistral(api_key=_settings.mistral_api_key)


async def answer_stream(question: str):
    context = "\n\n".join(top_chunks(question))
    stream = await _client.chat.stream_async(
        model=_settings.chat_model,
        messages=[
            {"role": "system", "content": f"Answer from this context:\n{context}"},
            {"role": "user", "content": question},
        ],
    )
    async for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta
