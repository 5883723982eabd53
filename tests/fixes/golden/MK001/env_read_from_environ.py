# fix: MK001 env-read
from os import environ

from mistralai import Mistral

token = environ.get("MISTRAL_TOKEN", "")


class MistralSettings:
    api_key = "4mEhS4SdJA912eKYddLc5S5U0UwCKDkK"


client = Mistral(api_key=MistralSettings.api_key or token)
