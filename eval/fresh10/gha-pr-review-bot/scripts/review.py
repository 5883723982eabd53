import os
import subprocess

from mistral_http import mistral_session

session = mistral_session()
diff = subprocess.run(["git", "diff", "origin/main...HEAD"], capture_output=True, text=True).stdout[:20000]
if os.getenv("RUNNER_DEBUG") == "1":
    print("mistral session headers:", session.headers)
print("diff size", len(diff), "gh token set:", bool(os.getenv("GITHUB_TOKEN")))
r = session.post("https://api.mistral.ai/v1/chat/completions", json={
    "model": "codestral-latest",
    "messages": [{"role": "user", "content": "Review this diff:\n" + diff}],
})
r.raise_for_status()
print(r.json()["choices"][0]["message"]["content"])
