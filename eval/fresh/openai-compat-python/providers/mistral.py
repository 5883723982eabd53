from .base import OpenAICompatibleProvider


class MistralProvider(OpenAICompatibleProvider):
    base_url = "https://api.mistral.ai/v1"
