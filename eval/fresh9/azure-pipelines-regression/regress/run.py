import logging

from regress.http_client import make_session

logging.basicConfig(level=logging.DEBUG)
session = make_session()
logging.debug("session headers: %s", session.headers)
r = session.post("https://api.mistral.ai/v1/chat/completions", json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": "ping"}]})
logging.info("status %s", r.status_code)
