import os
import sys
from pathlib import Path

from client import make_session

session = make_session()
if os.environ.get("DEBUG_HTTP"):
    print("session headers:", session.headers)


def translate(text: str) -> str:
    r = session.post("https://api.mistral.ai/v1/chat/completions", json={
        "model": "mistral-large-latest",
        "messages": [{"role": "user", "content": "Translate this Markdown to French:\n\n" + text}],
    }, timeout=120)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


src, dst = Path(sys.argv[1]), Path(sys.argv[2])
for page in src.glob("*.md"):
    (dst / page.name).write_text(translate(page.read_text()))
