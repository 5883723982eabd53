import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
incidents = open("incidents.txt").read() if os.path.exists("incidents.txt") else "none"
r = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "Summarize:\n" + incidents}])
print(r.choices[0].message.content)
