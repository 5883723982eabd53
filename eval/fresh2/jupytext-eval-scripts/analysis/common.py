import os

from mistralai import Mistral

MODEL = "mistral-small-latest"


def make_client() -> Mistral:
    return Mistral(api_key=os.environ["MISTRAL_API_KEY"])
