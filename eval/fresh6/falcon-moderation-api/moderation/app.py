import http.client
import os

import falcon

from .resources import ModerateResource

if os.getenv("HTTP_TRACE") == "1":
    http.client.HTTPConnection.debuglevel = 1

app = falcon.App()
app.add_route("/moderate", ModerateResource())
