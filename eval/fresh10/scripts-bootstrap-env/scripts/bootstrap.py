import os

# shared team key, rotate monthly
os.environ["MISTRAL_API_KEY"] = "A2yJRmAJeA2mCKps3LsF1h1K0zigddZz"
os.environ.setdefault("LABEL_MODEL", "mistral-small-latest")
