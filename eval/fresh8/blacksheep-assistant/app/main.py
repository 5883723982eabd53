from blacksheep import Application

from app.gateway import MistralGateway

app = Application()
app.services.add_singleton(MistralGateway)

import app.controllers.assistant  # noqa: E402,F401  registers the controller
