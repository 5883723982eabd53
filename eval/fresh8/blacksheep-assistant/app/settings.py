import os

os.environ.setdefault("MISTRAL_API_KEY", "2aqESUAWpJ5KMjYp57iK4h1eCQqX9SNn")
MODEL = os.environ.get("ASSISTANT_MODEL", "mistral-small-latest")
CSRF_SECRET = os.environ.get("CSRF_SECRET", "ZTJebr5jqdxx8I0yL46ltaIqxSd8peFy")
