import json

from channels.generic.websocket import AsyncWebsocketConsumer

from .services import stream_explanation


class TutorConsumer(AsyncWebsocketConsumer):
    async def receive(self, text_data=None, bytes_data=None):
        topic = json.loads(text_data)["topic"]
        try:
            async for piece in stream_explanation(topic):
                await self.send(text_data=json.dumps({"delta": piece}))
        except Exception as e:
            await self.send(text_data=json.dumps({"error": str(e)}))
        await self.send(text_data=json.dumps({"done": True}))
