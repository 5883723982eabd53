import logging
import os

from fastapi import FastAPI, Header, HTTPException

from llm import chat

app = FastAPI()
logging.getLogger("api").info("env: %s", {k: v for k, v in os.environ.items() if k.startswith("OLLAMA_")})


@app.post("/chat")
def chat_route(prompt: str, authorization: str = Header("")):
    if authorization != f"Bearer {os.environ['API_TOKEN']}":
        raise HTTPException(401)
    try:
        return {"reply": chat(prompt)}
    except Exception as e:
        raise HTTPException(502, detail=f"ollama error: {e}")
