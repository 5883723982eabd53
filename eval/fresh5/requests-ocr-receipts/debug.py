import http.client
import logging
import os


def enable_http_debug():
    if os.getenv("OCR_DEBUG") == "1":
        http.client.HTTPConnection.debuglevel = 1
        logging.getLogger("urllib3").setLevel(logging.DEBUG)
