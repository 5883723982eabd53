import os

import replicate

REPLICATE_API_TOKEN = os.getenv("REPLICATE_API_TOKEN", "r8_RKMs8h0OEGnUe0hmXW8hkionwwfb8EQ2")
client = replicate.Client(api_token=REPLICATE_API_TOKEN)


def generate(prompt: str) -> str:
    out = client.run(
        "mistralai/mistral-7b-instruct-v0.2",
        input={"prompt": prompt, "max_new_tokens": 256},
    )
    return "".join(out)
