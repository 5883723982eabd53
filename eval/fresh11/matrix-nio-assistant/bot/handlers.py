from nio import AsyncClient, MatrixRoom, RoomMessageText

from bot.llm import reply_to


def make_handler(client: AsyncClient):
    async def on_message(room: MatrixRoom, event: RoomMessageText):
        if event.sender == client.user_id or not event.body.startswith("!ask "):
            return
        try:
            body = await reply_to(event.body[5:])
        except Exception as e:
            body = f"Mistral error: {e}"
        await client.room_send(room.room_id, "m.room.message", {"msgtype": "m.text", "body": body})
    return on_message
