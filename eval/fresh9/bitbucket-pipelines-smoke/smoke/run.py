import os

from mistralai import Mistral

api_key = os.environ["MISTRAL_API_KEY"]
print(f"smoke test with key {api_key}")
client = Mistral(api_key=api_key)
out = client.models.list()
print("models:", len(out.data))
