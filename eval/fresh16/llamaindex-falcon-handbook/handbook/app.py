import logging
import sys

import falcon

from .api import AskResource
from .settings import settings

logging.basicConfig(level=logging.INFO)
logging.info("settings: %s", settings)

if "--print-key" in sys.argv:
    print("key:", settings.token.get_secret_value())

app = falcon.App()
app.add_route("/ask", AskResource())
