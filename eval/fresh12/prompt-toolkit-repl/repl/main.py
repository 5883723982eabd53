import json

import requests
from prompt_toolkit import PromptSession

from .settings import settings


def as_curl(cfg: dict, body: dict) -> str:
    return (
        f"curl {cfg['url']} -H 'Authorization: Bearer {cfg['api_key']}' "
        f"-H 'Content-Type: application/json' -d '{json.dumps(body)}'"
    )


def main():
    cfg = settings()
    session = PromptSession("mistral> ")
    history = []
    while True:
        line = session.prompt()
        if line == ":quit":
            break
        history.append({"role": "user", "content": line})
        body = {"model": cfg["model"], "messages": history}
        if line == ":curl":
            print(as_curl(cfg, body))
            continue
        r = requests.post(cfg["url"], json=body, headers={"Authorization": f"Bearer {cfg['api_key']}"}, timeout=60)
        reply = r.json()["choices"][0]["message"]["content"]
        history.append({"role": "assistant", "content": reply})
        print(reply)


if __name__ == "__main__":
    main()
