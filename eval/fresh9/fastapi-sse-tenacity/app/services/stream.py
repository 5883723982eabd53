import os

from mistralai import Mistral

from app.utils.retry import retrying

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


@retrying
def open_stream(prompt: str):
    return client.chat.stream(model="mistral-small-latest", messages=[{"role": "user", "content": prompt}])
