from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter()


@router.post("/chat")
async def chat(request: Request):
    body = await request.json()
    try:
        res = await request.app.state.mistral.chat.complete_async(model="mistral-small-latest", messages=body["messages"])
    except Exception as e:
        return JSONResponse({"error": f"{type(e).__name__}: {e}"}, status_code=502)
    return {"reply": res.choices[0].message.content}
