import os

# shared team key, rotate monthly
os.environ["MISTRAL_API_KEY"] = "p9UdlMJpNNQL4FYKr8wVjItlqUAUOWdj"
os.environ.setdefault("LABEL_MODEL", "mistral-small-latest")
