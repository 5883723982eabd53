API_URL = "https://api.mistral.ai/v1/chat/completions"
KEY = "eQyQz18s5neSoYybHhGeTjrsryyzC5YM"
HEADERS = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
