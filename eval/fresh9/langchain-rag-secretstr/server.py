from fastapi import FastAPI

from rag.chain import chain
from rag.diagnostics import startup_report

app = FastAPI(on_startup=[startup_report])


@app.get("/ask")
async def ask(q: str):
    try:
        return {"answer": await chain.ainvoke({"question": q})}
    except Exception as e:
        return {"error": repr(e)}
