from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from .llm import explain

router = APIRouter()


@router.websocket("/ws/tutor")
async def tutor(websocket: WebSocket):
    await websocket.accept()
    try:
        while True:
            topic = await websocket.receive_text()
            try:
                async for piece in explain(topic):
                    await websocket.send_json({"delta": piece})
            except Exception as e:
                await websocket.send_json({"error": str(e)})
    except WebSocketDisconnect:
        pass
