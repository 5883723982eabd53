from fastapi import APIRouter, Request

router = APIRouter()


@router.get("/health")
async def health(request: Request):
    try:
        await request.app.state.db.execute("select 1")
    except Exception as e:
        return {"ok": False, "error": str(e)}
    return {"ok": True}
