from notes.config import settings

print("model:", settings.model)
print("key:", settings.mistral_api_key)
print("raw key:", settings.mistral_api_key.get_secret_value())
