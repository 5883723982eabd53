import logging

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from .llm import community, mistral

log = logging.getLogger("gateway")
app = FastAPI()


class Prompt(BaseModel):
    text: str


@app.post("/chat")
def chat(p: Prompt):
    try:
        r = mistral.chat.completions.create(model="mistral-small-latest",
                                            messages=[{"role": "user", "content": p.text}])
    except Exception:
        log.exception("mistral call failed")
        return JSONResponse({"error": "upstream error"}, status_code=502)
    return {"text": r.choices[0].message.content}


@app.post("/chat/community")
def chat_community(p: Prompt):
    try:
        r = community.chat.completions.create(model="mistralai/mistral-7b-instruct",
                                              messages=[{"role": "user", "content": p.text}])
    except Exception as e:
        return JSONResponse({"error": str(e)}, status_code=502)
    return {"text": r.choices[0].message.content}
