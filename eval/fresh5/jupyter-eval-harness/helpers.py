import os

from mistralai import Mistral


def make_client() -> Mistral:
    return Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def exact_match(pred: str, gold: str) -> bool:
    return pred.strip().lower() == gold.strip().lower()
