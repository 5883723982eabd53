import os
import time

from mistralai import Mistral

from digest.mailer import send_digest

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

while True:
    if time.localtime().tm_hour == int(os.environ.get("DIGEST_HOUR", "7")):
        r = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "Write today's team digest."}])
        send_digest(r.choices[0].message.content)
        time.sleep(3600)
    time.sleep(60)
