# fix: MK001 env-read
import os

from mistralai import Mistral

key = os.getenv("MISTRAL_API_KEY")
fallback = os.environ.get("MISTRAL_API_KEY")
slip = os.getenv("MISTRAL_API_KEY")


def configure():
    pass


client = Mistral(api_key=key or fallback or slip)
