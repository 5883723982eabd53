import requests

print(requests.post("http://localhost:8000/", json={"prompt": "hi"}, timeout=30).json())
