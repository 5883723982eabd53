from blacksheep import json
from blacksheep.server.controllers import Controller, post

from app.gateway import MistralGateway


class Assistant(Controller):
    def __init__(self, gateway: MistralGateway) -> None:
        self.gateway = gateway

    @post("/api/ask")
    async def ask(self, prompt: str):
        try:
            return json({"answer": await self.gateway.ask(prompt)})
        except Exception as exc:
            return json({"error": f"{exc!r}"}, status=502)
