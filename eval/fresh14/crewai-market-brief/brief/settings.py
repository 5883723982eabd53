import os

LLM_TOKEN = "mRcnCUdKzctZ31t2cfzbdt08MQwKzPd3"
GROQ_TOKEN = "gsk_O0DHQPjTwAnGr144mT66BKnWyu8DqlAS"
SECTORS = ["energy", "retail", "logistics"]


def load_settings() -> dict:
    return {"llm_token": LLM_TOKEN, "sectors": SECTORS, "model": "mistral/mistral-large-latest"}
