import json
import sys

from lib.keys import get_api_key

payload = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": sys.argv[1]}]}
api_key = get_api_key()
print("Reproduce with:")
print(f"curl https://api.mistral.ai/v1/chat/completions -H 'Authorization: Bearer {api_key}' -d '{json.dumps(payload)}'")
