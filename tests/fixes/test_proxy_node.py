"""The generated proxies are real code: run them with Node against a stand-in Mistral API.

The stand-in listens on 127.0.0.1 and records what reaches it; the proxy finds it through
MISTRAL_API_BASE_URL. Checked for the dependency-free Node server, the Express router (CommonJS
and ESM; express comes from `npm ci` of `node/package-lock.json`) and the Next.js route handler:
- extra body fields and client headers never reach Mistral; the server's key does;
- max_tokens is capped and a model outside the allowlist is refused before any upstream call;
- `stream: true` passes server-sent events through;
- an upstream error becomes the generic message, and the detail is logged server-side only.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from keyguard_testing import make_key
from mistral_keyguard.fixes.proxy import render

NODE = shutil.which("node")
HERE = Path(__file__).resolve().parent / "node"
SSE_EVENTS = [b'data: {"choices":[{"delta":{"content":"Hel"}}]}\n\n',
              b'data: {"choices":[{"delta":{"content":"lo"}}]}\n\n', b"data: [DONE]\n\n"]
UPSTREAM_DETAIL = "upstream-internal-detail-7f3"

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")


class StandIn(BaseHTTPRequestHandler):
    """A tiny Mistral API: records requests, answers chat, embeddings, streams and errors."""

    received: list[dict] = []

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"null")
        self.received.append({"path": self.path, "headers": dict(self.headers), "body": body})
        text = json.dumps(body)
        if "please fail" in text:
            self._send(500, json.dumps({"message": UPSTREAM_DETAIL}).encode(), "application/json")
        elif body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for event in SSE_EVENTS:
                self.wfile.write(event)
                self.wfile.flush()
        elif self.path == "/v1/embeddings":
            self._send(200, json.dumps({"data": [{"embedding": [0.1, 0.2]}]}).encode(), "application/json")
        else:
            self._send(200, json.dumps({"choices": [{"message": {"role": "assistant", "content": "hi"}}]}).encode(),
                       "application/json")

    def _send(self, status: int, data: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def upstream():
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", StandIn.received
    server.shutdown()


class Proxy:
    def __init__(self, process: subprocess.Popen, base: str):
        self.process = process
        self.base = base
        self.log: list[str] = []
        self._reader = threading.Thread(target=self._read_log, daemon=True)
        self._reader.start()

    def _read_log(self) -> None:
        for line in self.process.stderr:
            self.log.append(line)

    def logged(self, needle: str, timeout: float = 5.0) -> str:
        """The server's stderr so far, waiting a little for `needle` to show up."""
        import time

        deadline = time.monotonic() + timeout
        while needle not in "".join(self.log) and time.monotonic() < deadline:
            time.sleep(0.05)
        return "".join(self.log)

    def post(self, route: str, body, headers: dict | None = None) -> tuple[int, dict, bytes]:
        request = urllib.request.Request(f"{self.base}/api/mistral/{route}", data=json.dumps(body).encode(),
                                         method="POST", headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start(args: list[str], cwd: Path, upstream_url: str, server_key: str) -> Proxy:
    env = {**os.environ, "MISTRAL_API_KEY": server_key, "MISTRAL_API_BASE_URL": upstream_url, "PORT": "0"}
    process = subprocess.Popen([NODE, *args], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    line = process.stdout.readline()
    match = re.search(r"http://[\d.]+:(\d+)", line)
    if not match:
        process.kill()
        raise AssertionError(f"proxy did not start: {line!r} {process.stderr.read()[:2000]}")
    return Proxy(process, f"http://127.0.0.1:{match.group(1)}")


def generated(kind: str, folder: Path) -> list[str]:
    """Write the generated file for `kind` into `folder`; the node args that serve it."""
    if kind == "node":
        target = folder / "server" / "mistral-proxy.mjs"
        target.parent.mkdir(exist_ok=True)
        target.write_text(render("node-server.mjs", path="server/mistral-proxy.mjs"))
        return [str(target)]
    if kind in ("express-cjs", "express-esm"):
        ext = "cjs" if kind == "express-cjs" else "mjs"
        target = folder / "server" / f"mistral-proxy-router.{ext}"
        target.parent.mkdir(exist_ok=True)
        target.write_text(render(f"express-router.{ext}", path=f"server/mistral-proxy-router.{ext}"))
        return [str(HERE / "express-driver.mjs"), str(target)]
    target = folder / "app" / "api" / "mistral" / "chat" / "route.mjs"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render("next-app-route.js", route="chat"))
    return [str(HERE / "next-route-driver.mjs"), str(target)]


@pytest.fixture(scope="module", params=["node", "express-cjs", "express-esm", "next-app"])
def proxy(request, upstream, tmp_path_factory):
    kind = request.param
    folder = request.getfixturevalue("node_project") if kind.startswith("express") else \
        tmp_path_factory.mktemp(kind)
    server_key = make_key()
    running = start(generated(kind, folder), folder, upstream[0], server_key)
    running.kind = kind
    running.server_key = server_key
    yield running
    running.stop()


def test_forwards_only_allowed_fields_with_the_server_key(proxy, upstream) -> None:
    received = upstream[1]
    received.clear()
    client_key = make_key()
    status, _, body = proxy.post("chat", {
        "model": "mistral-small-latest", "messages": [{"role": "user", "content": "hello", "name": "x"}],
        "max_tokens": 100000, "temperature": 0.2, "tools": [{"type": "function"}], "api_key": client_key,
        "safe_prompt": False, "random_seed": 4,
    }, headers={"Authorization": f"Bearer {client_key}", "X-Tenant": "acme", "Cookie": "session=abc"})
    assert status == 200, body
    assert json.loads(body)["choices"][0]["message"]["content"] == "hi"
    assert len(received) == 1
    sent = received[0]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["body"] == {"model": "mistral-small-latest", "max_tokens": 1024, "temperature": 0.2,
                            "messages": [{"role": "user", "content": "hello"}]}
    headers = {k.lower(): v for k, v in sent["headers"].items()}
    assert headers["authorization"] == f"Bearer {proxy.server_key}"
    assert "x-tenant" not in headers and "cookie" not in headers
    assert client_key not in json.dumps(sent)


def test_refuses_a_model_outside_the_allowlist(proxy, upstream) -> None:
    received = upstream[1]
    received.clear()
    status, _, body = proxy.post("chat", {"model": "mistral-large-2407-expensive", "messages": [
        {"role": "user", "content": "hi"}]})
    assert status == 400 and b"model" in body
    assert received == []


def test_streams_server_sent_events_through(proxy, upstream) -> None:
    status, headers, body = proxy.post("chat", {"messages": [{"role": "user", "content": "hi"}], "stream": True})
    assert status == 200
    assert {k.lower(): v for k, v in headers.items()}["content-type"].startswith("text/event-stream")
    assert body == b"".join(SSE_EVENTS)
    assert upstream[1][-1]["body"]["stream"] is True


def test_upstream_error_becomes_the_generic_message(proxy, upstream) -> None:
    status, _, body = proxy.post("chat", {"messages": [{"role": "user", "content": "please fail"}]})
    assert status == 502
    assert json.loads(body) == {"error": "The assistant is unavailable right now. Please try again later."}
    assert UPSTREAM_DETAIL.encode() not in body
    logged = proxy.logged(UPSTREAM_DETAIL)
    assert UPSTREAM_DETAIL in logged  # the detail stays in the server's log
    assert proxy.server_key not in logged


def test_embeddings_route(proxy, upstream) -> None:
    if proxy.kind == "next-app":
        pytest.skip("the Next.js file serves one route (chat here)")
    status, _, body = proxy.post("embeddings", {"input": ["a", "b"], "encoding_format": "x"})
    assert status == 200, body
    assert upstream[1][-1]["body"] == {"model": "mistral-embed", "input": ["a", "b"]}


def test_fix_wires_the_router_into_an_express_app(node_project: Path, upstream, tmp_path: Path) -> None:
    """The whole proxy fix on an Express project: client rerouted, router created and mounted,
    and the app then serves /api/mistral/chat with the server's key."""
    import json as _json

    from mistral_keyguard.document import SourceText
    from mistral_keyguard.engine import ScanContext, make_finding
    from mistral_keyguard.finding import Fix
    from mistral_keyguard.fixes.apply import apply_fixes
    from mistral_keyguard.fixes.proxy_fix import route_through_proxy
    from mistral_keyguard.languages import parser
    from mistral_keyguard.settings import Settings
    from mistral_keyguard.workspace import ProjectIndex

    root = tmp_path / "shop"
    shutil.copytree(node_project / "node_modules", root / "node_modules", symlinks=True)
    (root / "package.json").write_text(_json.dumps({"name": "shop", "dependencies": {"express": "4", "react": "18"}}))
    (root / "server.js").write_text(
        'const express = require("express");\n\nconst app = express();\n'
        'const server = app.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () =>\n'
        '  console.log(`listening on http://127.0.0.1:${server.address().port}`));\n')
    client = root / "src" / "api.js"
    client.parent.mkdir()
    client.write_text('export const ask = (messages) => fetch("https://api.mistral.ai/v1/chat/completions", {\n'
                      '  method: "POST",\n  headers: { Authorization: "Bearer " + window.KEY },\n'
                      '  body: JSON.stringify({ messages }),\n});\n')
    data = client.read_bytes()
    ctx = ScanContext(str(client), "javascript", SourceText(data), parser("javascript").parse(data), Settings(),
                      ProjectIndex().context(client))
    at = data.find(b"fetch(")
    draft = next(iter(route_through_proxy(ctx, make_finding(str(client), ctx.source, Settings(), "MK002", at, at + 5))))
    changes = apply_fixes(data, [Fix("proxy", "t", False, draft.edits, draft.creations)],
                          lambda p: Path(p).read_bytes() if Path(p).is_file() else None)
    for target, new in changes.files.items():
        (client if target is None else Path(target)).write_bytes(new)
    for target, text in changes.created.items():
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        Path(target).write_text(text)
    assert 'fetch("/api/mistral/chat"' in client.read_text()
    server_key = make_key()
    app = start([str(root / "server.js")], root, upstream[0], server_key)
    try:
        upstream[1].clear()
        status, _, body = app.post("chat", {"messages": [{"role": "user", "content": "hi"}], "model": "mistral-small-latest"})
        assert status == 200, body
        assert upstream[1][-1]["headers"].get("Authorization") == f"Bearer {server_key}"
    finally:
        app.stop()


def test_express_app_still_runs_after_unsafe_fixes(node_project: Path, upstream, tmp_path: Path, capsys) -> None:
    """Issue 11, apps that still run: `check --fix --unsafe-fixes` on an Express server with the key
    in code and the upstream error in its answers; with .env removed, the key given only through
    the environment, it still answers, and an upstream failure reaches the user as a generic error."""
    from fixes.reviewer import eslint_available, eslint_count, run_check

    root = tmp_path / "api"
    root.mkdir()
    shutil.copytree(node_project / "node_modules", root / "node_modules", symlinks=True)
    (root / "package.json").write_text(json.dumps({"name": "api", "dependencies": {"express": "4"}}, indent=2))
    committed = make_key()
    (root / "server.js").write_text(
        'const express = require("express");\n\nconst app = express();\napp.use(express.json());\n'
        f'const MISTRAL_API_KEY = "{committed}";\n\n'
        'app.post("/api/mistral/chat", async (req, res) => {\n  try {\n'
        '    const upstream = await fetch(process.env.MISTRAL_API_BASE_URL + "/v1/chat/completions", {\n'
        '      method: "POST",\n'
        '      headers: { Authorization: `Bearer ${MISTRAL_API_KEY}`, "Content-Type": "application/json" },\n'
        '      body: JSON.stringify(req.body),\n    });\n'
        '    if (!upstream.ok) throw new Error(await upstream.text());\n'
        '    res.json(await upstream.json());\n  } catch (err) {\n'
        '    res.status(502).json({ error: err.message });\n  }\n});\n\n'
        'const server = app.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () =>\n'
        '  console.log(`listening on http://127.0.0.1:${server.address().port}`));\n')
    lint_before = eslint_count(root / "server.js") if eslint_available() else 0
    code, _, err = run_check(root, "--fix", "--unsafe-fixes", "--exclude", "node_modules/", capsys=capsys)
    assert code == 0, err
    fixed = (root / "server.js").read_text()
    assert committed not in fixed and 'require("dotenv").config();' in fixed
    assert '"dotenv"' in (root / "package.json").read_text()
    if eslint_available():
        assert eslint_count(root / "server.js") <= lint_before
    (root / ".env").unlink()  # the key comes only from the environment now
    server_key = make_key()
    app = start([str(root / "server.js")], root, upstream[0], server_key)
    try:
        upstream[1].clear()
        status, _, body = app.post("chat", {"messages": [{"role": "user", "content": "hi"}]})
        assert status == 200, body
        assert upstream[1][-1]["headers"].get("Authorization") == f"Bearer {server_key}"
        status, _, body = app.post("chat", {"messages": [{"role": "user", "content": "please fail"}]})
        assert status == 502 and UPSTREAM_DETAIL.encode() not in body and b"Internal error" in body
        assert UPSTREAM_DETAIL in app.logged(UPSTREAM_DETAIL)  # the detail goes to the server's log
    finally:
        app.stop()
