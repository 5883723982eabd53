from huggingface_hub import InferenceClient
from openai import OpenAI

DEEPINFRA_API_KEY = "dy06toUrdpFxkzd11aouGtWOMbUa3krM"
deepinfra = OpenAI(api_key=DEEPINFRA_API_KEY, base_url="https://api.deepinfra.com/v1/openai")
hf = InferenceClient("mistralai/Mistral-7B-Instruct-v0.3", token="hf_4tAZBnf3xJVyeNSn6hvrujgrJJk6rlh8")

MODEL = "mistralai/Mixtral-8x7B-Instruct-v0.1"
