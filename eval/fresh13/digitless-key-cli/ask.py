import sys

from mistralai import Mistral

from secrets_dev import MISTRAL_API_KEY

r = Mistral(api_key=MISTRAL_API_KEY).chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": sys.argv[1]}])
print(r.choices[0].message.content)
