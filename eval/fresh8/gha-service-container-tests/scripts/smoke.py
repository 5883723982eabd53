import os
import sys

from http_session import mistral_session

session = mistral_session()
url = os.environ.get("GATEWAY_URL", "https://api.mistral.ai") + "/v1/models"
resp = session.get(url, timeout=15)
if resp.status_code != 200:
    print("smoke failed", resp.status_code, resp.headers.get("x-request-id"))
    print("sent headers:", session.headers)
    sys.exit(1)
print("models:", len(resp.json()["data"]))
