import os

from fastapi import FastAPI
from mistralai import Mistral

app = FastAPI()
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


@app.post("/ask")
def ask(q: str):
    try:
        res = client.chat.complete(model=os.environ["MISTRAL_MODEL"], messages=[{"role": "user", "content": q}])
        return {"answer": res.choices[0].message.content}
    except Exception:
        return {"answer": None, "error": "upstream unavailable"}
