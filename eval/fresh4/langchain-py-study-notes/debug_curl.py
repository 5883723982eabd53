import os

key = os.environ["MISTRAL_API_KEY"]
print(
    "curl https://api.mistral.ai/v1/models "
    f"-H 'Authorization: Bearer {key}'"
)
