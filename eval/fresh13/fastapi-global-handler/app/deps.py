import os
from types import SimpleNamespace

settings = SimpleNamespace(MISTRAL_API_KEY=os.environ.get("MISTRAL_API_KEY"))
