"""Issue 11, apps that still run: `check --fix --unsafe-fixes` on a small FastAPI app, which must
then start and answer against a stand-in Mistral API with the key given only through the
environment (FastAPI's TestClient, in a fresh interpreter). Skips when FastAPI, httpx or
python-dotenv is not installed (all three are in the `test` extra)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from fixes.reviewer import ruff_count, run_check, write_tree
from keyguard_testing import make_key

for _module in ("fastapi", "httpx", "dotenv"):
    pytest.importorskip(_module)

APP = '''import httpx
from fastapi import FastAPI

MISTRAL_API_KEY = "{key}"
BASE_URL = "{base}"
app = FastAPI()


@app.post("/chat")
def chat(body: dict):
    try:
        reply = httpx.post(BASE_URL + "/v1/chat/completions", json=body, timeout=5,
                           headers={{"Authorization": f"Bearer {{MISTRAL_API_KEY}}"}})
        reply.raise_for_status()
        return {{"answer": reply.json()["choices"][0]["message"]["content"]}}
    except Exception as e:
        return {{"error": f"⚠️ Mistral failed: {{e}}"}}
'''

DRIVER = '''import json, sys
sys.path.insert(0, sys.argv[1])
from fastapi.testclient import TestClient
import app
client = TestClient(app.app)
out = [client.post("/chat", json={"messages": [{"role": "user", "content": text}]}).json() for text in sys.argv[2:]]
print(json.dumps(out))
'''


class StandIn(BaseHTTPRequestHandler):
    """The Mistral chat endpoint: answers "hi", or fails with a detail that must not reach users."""

    authorizations: list[str] = []

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.authorizations.append(self.headers.get("Authorization", ""))
        failing = b"please fail" in body
        data = json.dumps({"message": "upstream secret detail"} if failing else
                          {"choices": [{"message": {"role": "assistant", "content": "hi"}}]}).encode()
        self.send_response(500 if failing else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def stand_in():
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_fastapi_app_still_answers_after_unsafe_fixes(tmp_path: Path, stand_in: str, capsys) -> None:
    committed, runtime = make_key(), make_key()
    root = write_tree(tmp_path / "api", {"app.py": APP.format(key=committed, base=stand_in),
                                         "requirements.txt": "fastapi\nhttpx\n"})
    lint_before = ruff_count(root / "app.py")
    code, _, err = run_check(root, "--fix", "--unsafe-fixes", capsys=capsys)
    assert code == 0, err
    assert ruff_count(root / "app.py") <= lint_before
    assert "python-dotenv" in (root / "requirements.txt").read_text()
    holders = [p.name for p in root.rglob("*") if p.is_file() and committed.encode() in p.read_bytes()]
    assert holders == [".env"]
    (root / ".env").unlink()  # the key comes only from the environment now
    env = {k: v for k, v in os.environ.items() if k != "MISTRAL_API_KEY"} | {"MISTRAL_API_KEY": runtime}
    done = subprocess.run([sys.executable, "-c", DRIVER, str(root), "hello", "please fail"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    answers = json.loads(done.stdout)
    assert answers[0] == {"answer": "hi"}
    assert "upstream secret detail" not in json.dumps(answers[1]) and answers[1] == {"error": "⚠️ Mistral failed: internal error"}
    assert StandIn.authorizations[-2:] == [f"Bearer {runtime}"] * 2
