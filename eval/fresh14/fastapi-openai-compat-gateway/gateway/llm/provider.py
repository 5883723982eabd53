import httpx
from openai import OpenAI

from .hooks import log_request, log_response
from .keys import OPENROUTER_TOKEN, PRIMARY_TOKEN

mistral = OpenAI(
    base_url="https://api.mistral.ai/v1",
    api_key=PRIMARY_TOKEN,
    http_client=httpx.Client(event_hooks={"request": [log_request], "response": [log_response]}),
)

# community models through OpenRouter: their key, their errors
community = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=OPENROUTER_TOKEN)
