import os

from fastapi import FastAPI, UploadFile
from mistralai import Mistral

app = FastAPI()
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

if os.getenv("DEBUG_ENV"):
    print(os.environ)


@app.post("/api/categorise")
async def categorise(file: UploadFile):
    text = (await file.read()).decode(errors="ignore")[:4000]
    try:
        res = client.chat.complete(model="mistral-small-latest",
                                   messages=[{"role": "user", "content": f"Category of this receipt: {text}"}])
    except Exception:
        return {"error": "categorisation failed"}
    return {"category": res.choices[0].message.content}
