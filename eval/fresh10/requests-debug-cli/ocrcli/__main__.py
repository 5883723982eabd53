import argparse
import http.client
import logging

from ocrcli.api import ocr

p = argparse.ArgumentParser(prog="ocrcli")
p.add_argument("url")
p.add_argument("--trace", action="store_true")
args = p.parse_args()
if args.trace:
    http.client.HTTPConnection.debuglevel = 1
    logging.basicConfig(level=logging.DEBUG)
print(ocr(args.url)["pages"][0]["markdown"])
