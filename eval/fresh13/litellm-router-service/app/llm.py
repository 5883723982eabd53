import litellm

try:
    from app.secrets_local import PRIMARY as KEY
except ImportError:
    KEY = None


def complete(prompt: str) -> str:
    r = litellm.completion(model="mistral/mistral-small-latest", api_key=KEY, messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content


def complete_local(prompt: str) -> str:
    r = litellm.completion(model="ollama/mistral", api_base="http://localhost:11434", messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content
