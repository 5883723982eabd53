from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response

from app.services.Assistant import Assistant


class TicketController(Controller):
    def draft(self, request: Request, response: Response):
        try:
            return {"draft": Assistant().reply(request.input("text"))}
        except Exception as e:
            return response.json({"error": str(e)}, status=500)
