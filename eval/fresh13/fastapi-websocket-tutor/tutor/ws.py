from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from tutor.llm import stream_reply

router = APIRouter()


@router.websocket("/ws")
async def tutor_socket(websocket: WebSocket):
    await websocket.accept()
    history = []
    while True:
        try:
            history.append({"role": "user", "content": await websocket.receive_text()})
        except WebSocketDisconnect:
            return
        try:
            async for token in stream_reply(history):
                await websocket.send_json({"type": "token", "data": token})
        except Exception as e:
            await websocket.send_json({"type": "error", "message": str(e)})
