import logging
import os

from mistralai import Mistral

from .keys import DEFAULT_KEY

log = logging.getLogger("tui")


def make_client() -> Mistral:
    api_key = os.getenv("MISTRAL_API_KEY") or DEFAULT_KEY
    log.info("starting client with key %s", api_key)
    return Mistral(api_key=api_key)
