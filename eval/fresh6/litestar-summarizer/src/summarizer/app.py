import logging

from litestar import Litestar, post
from litestar.exceptions import HTTPException
from mistralai import Mistral

from .settings import settings

log = logging.getLogger("summarizer")
client = Mistral(api_key=settings.mistral_api_key)


async def on_startup() -> None:
    log.info("starting summarizer with %s", settings.model_dump())
    log.info("model=%s max_chars=%d", settings.model, settings.max_chars)


@post("/summarize")
async def summarize(data: dict) -> dict:
    text = data.get("text", "")
    if len(text) > settings.max_chars:
        raise HTTPException(status_code=413, detail=f"text longer than {settings.max_chars} characters")
    try:
        res = await client.chat.complete_async(
            model=settings.model,
            messages=[{"role": "user", "content": f"Summarize in 3 bullet points:\n{text}"}],
        )
    except Exception:
        log.exception("summarize failed")
        raise HTTPException(status_code=502, detail="summarizer unavailable")
    return {"summary": res.choices[0].message.content}


app = Litestar(route_handlers=[summarize], on_startup=[on_startup])
