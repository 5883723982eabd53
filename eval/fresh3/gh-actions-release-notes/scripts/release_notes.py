import json
import os
import subprocess
import sys

import requests

from mistral_http import API, auth_header


def git_log(tag: str) -> str:
    return subprocess.run(["git", "log", "--oneline", f"{tag}~20..{tag}"], capture_output=True, text=True).stdout


def main() -> None:
    tag = sys.argv[1]
    body = {"model": os.environ.get("NOTES_MODEL", "mistral-small-latest"),
            "messages": [{"role": "user", "content": f"Release notes for:\n{git_log(tag)}"}]}
    print(f"curl -s {API} -H '{auth_header()}' -d '{json.dumps(body)}'")
    name, _, value = auth_header().partition(": ")
    resp = requests.post(API, json=body, headers={name: value}, timeout=60)
    resp.raise_for_status()
    print(resp.json()["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
