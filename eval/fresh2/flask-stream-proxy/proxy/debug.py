import http.client
import logging
import os


def enable_wire_debug() -> None:
    if os.environ.get("WIRE_DEBUG") == "1":
        http.client.HTTPConnection.debuglevel = 1
        logging.getLogger("urllib3").setLevel(logging.DEBUG)
