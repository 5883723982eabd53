import os

from openai import OpenAI

router = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"])
MODELS = ["mistralai/mistral-7b-instruct", "mistralai/mixtral-8x7b-instruct", "meta-llama/llama-3.1-8b-instruct"]
