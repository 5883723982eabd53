import os

import httpx
from mistralai import Mistral

from .hooks import log_request, log_response

client = Mistral(
    api_key=os.environ["MISTRAL_API_KEY"],
    async_client=httpx.AsyncClient(event_hooks={"request": [log_request], "response": [log_response]}),
)
