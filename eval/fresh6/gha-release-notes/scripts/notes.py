import subprocess
import sys

from mistral_session import mistral_session


def main(tag: str) -> None:
    log = subprocess.run(["git", "log", "--oneline", f"{tag}~30..{tag}"], capture_output=True, text=True).stdout
    session = mistral_session()
    print(f"::debug::session headers {session.headers}")
    r = session.post(
        "https://api.mistral.ai/v1/chat/completions",
        json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": f"Release notes for:\n{log}"}]},
        timeout=60,
    )
    print(f"::debug::status {r.status_code} request-id {r.headers.get('x-request-id')}")
    try:
        r.raise_for_status()
    except requests.HTTPError as e:
        print(f"::error::mistral failed: {e}")
        sys.exit(1)
    print(r.json()["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main(sys.argv[1])
