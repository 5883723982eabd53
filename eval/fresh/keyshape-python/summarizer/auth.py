import os

import jwt

from summarizer.client import client

SIGNING_KEY = os.environ["APP_SIGNING_KEY"]
# example token for the Mistral proxy docs: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.Mg2sd4pDCG45l2mm5oYf9u1sXDXaX7noVtHaaCv-wrfKhnNze9Z6MNkw1nc_JiVdJfAHjl9IshjjRGkh.NgzdrTKVJes5y7mwxYAp13K89sOSQPMz-8SXOybZV1c


def verify(token: str) -> dict:
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"])


def summarise(token: str, text: str) -> str:
    verify(token)
    res = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": text}])
    return res.choices[0].message.content


DOWNLOAD = "https://cdn.example.com/mistral-exports/cgYxARHm9px21NVlqWYIcuqW2KBD35rc/report.pdf"
