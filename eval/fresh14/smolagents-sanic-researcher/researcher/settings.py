import os

AGENT_MODEL = os.getenv("AGENT_MODEL", "mistral/mistral-medium-latest")
AGENT_KEY = "WS4lEvL4cwiE1fErKC1xiCryofp7zH8C"
MAX_STEPS = 6
