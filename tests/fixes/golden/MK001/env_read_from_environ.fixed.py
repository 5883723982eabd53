# fix: MK001 env-read
from os import environ

from mistralai import Mistral

token = environ.get("MISTRAL_TOKEN", "")


class MistralSettings:
    api_key = environ["MISTRAL_TOKEN"]


client = Mistral(api_key=MistralSettings.api_key or token)
