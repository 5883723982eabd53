from langchain_mistralai import ChatMistralAI

from utils.config import load_config


def get_llm():
    cfg = load_config()
    return ChatMistralAI(model=cfg["model"], api_key=cfg["api_key"], temperature=cfg["temperature"])
