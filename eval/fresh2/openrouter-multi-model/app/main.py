from fastapi import FastAPI, HTTPException

from app.providers.groq_fast import ask_groq
from app.providers.mistral_direct import ask_mistral
from app.providers.openrouter import ask_openrouter

app = FastAPI()


@app.get("/ask/openrouter")
def via_openrouter(q: str):
    try:
        return {"answer": ask_openrouter(q)}
    except Exception as e:
        raise HTTPException(502, detail=str(e))


@app.get("/ask/groq")
def via_groq(q: str):
    try:
        return {"answer": ask_groq(q)}
    except Exception as e:
        return {"error": f"groq: {e}"}


@app.get("/ask/direct")
def via_mistral(q: str):
    try:
        return {"answer": ask_mistral(q)}
    except Exception as e:
        raise HTTPException(502, detail=f"mistral: {e}")
