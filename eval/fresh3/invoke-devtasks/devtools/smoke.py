from mistralai import Mistral

from .settings import load


def smoke() -> str:
    cfg = load()
    return Mistral(api_key=cfg.mistral_key).models.list().data[0].id
