import os

# shared team key, rotate monthly
os.environ["MISTRAL_API_KEY"] = "L5wVJ1xaie5hazn5VFaiQpcFK0LlO1My"
os.environ.setdefault("LABEL_MODEL", "mistral-small-latest")
