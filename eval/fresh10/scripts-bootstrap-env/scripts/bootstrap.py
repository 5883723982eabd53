import os

# shared team key, rotate monthly
os.environ["MISTRAL_API_KEY"] = "uZXei2v4wRsdJwlgXJF3DqXOLmTDdpjx"
os.environ.setdefault("LABEL_MODEL", "mistral-small-latest")
