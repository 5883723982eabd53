import http.client
import logging
import os


def enable_wire_debug() -> None:
    if os.getenv("BATCH_WIRE_DEBUG") == "1":
        logging.basicConfig(level=logging.DEBUG)
        http.client.HTTPConnection.debuglevel = 1
