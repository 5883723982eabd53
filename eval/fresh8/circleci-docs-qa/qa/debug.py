import http.client
import os


def enable_wire_debug() -> None:
    if os.environ.get("QA_WIRE_DEBUG"):
        http.client.HTTPConnection.debuglevel = 1
