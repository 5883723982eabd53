"""Protocol fuzzer (issue 12, suites that stay): a stdlib JSON-RPC client sends broken framing,
random methods and params, out-of-range edits and lifecycle misuse over the server's stdio. After
each, the server must still answer a plain request, or exit cleanly when asked to.

Seeded: a failure names its case and reproduces. Cases that fail today are xfail(strict=True)
with the reason, so a fix shows up as an unexpected pass."""

from __future__ import annotations

import json
import os
import queue
import random
import subprocess
import sys
import threading

import pytest

ANSWER_TIMEOUT = float(os.environ.get("KEYGUARD_LSP_FUZZ_TIMEOUT", "60"))  # generous for a loaded CI machine


def _frame(message: dict | bytes) -> bytes:
    body = message if isinstance(message, bytes) else json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


class Client:
    """The server in a child process, and a thread that reads its framed messages."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "mistral_keyguard.lsp"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.messages: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.next_id = 1000

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                if line in (b"\r\n", b"\n"):
                    break
            self.messages.put(json.loads(stream.read(length or 0)))

    def send(self, raw: bytes) -> None:
        self.process.stdin.write(raw)
        self.process.stdin.flush()

    def request(self, method: str, params=None) -> dict | None:
        """Send a request; its response, or None when none came in time."""
        self.next_id += 1
        ident = self.next_id
        self.send(_frame({"jsonrpc": "2.0", "id": ident, "method": method, "params": params}))
        try:
            while True:
                message = self.messages.get(timeout=ANSWER_TIMEOUT)
                if message.get("id") == ident:
                    return message
        except queue.Empty:
            return None

    def initialize(self, root: str | None = None) -> None:
        answer = self.request("initialize", {"processId": None, "rootUri": root, "capabilities": {}})
        assert answer is not None and "result" in answer
        self.send(_frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))

    def alive(self) -> bool:
        """The server answers a plain request (hover on a document it does not know)."""
        answer = self.request("textDocument/hover", {"textDocument": {"uri": "file:///nowhere.py"},
                                                     "position": {"line": 0, "character": 0}})
        return answer is not None

    def close(self) -> int | None:
        try:
            self.request("shutdown")
            self.send(_frame({"jsonrpc": "2.0", "method": "exit"}))
            return self.process.wait(timeout=ANSWER_TIMEOUT)
        except (BrokenPipeError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            return None


@pytest.fixture
def client():
    c = Client()
    c.initialize()
    yield c
    if c.process.poll() is None:
        c.close()


BROKEN_FRAMES = {
    "length-too-short": b"Content-Length: 5\r\n\r\n" + json.dumps({"jsonrpc": "2.0", "method": "x"}).encode(),
    "length-too-long": b"Content-Length: 200\r\n\r\n{\"jsonrpc\": \"2.0\"}",
    "length-negative": b"Content-Length: -4\r\n\r\n{}",
    "length-not-numeric": b"Content-Length: ten\r\n\r\n{}",
    "length-missing": b"Content-Type: application/json\r\n\r\n{}",
    "lf-only-headers": b"Content-Length: 2\n\n{}",
    "not-json": _frame(b"{this is not json"),
    "json-array": _frame(b"[1, 2, 3]"),
    "no-method": _frame({"jsonrpc": "2.0", "id": 7}),
    "huge-length": b"Content-Length: 99999999999999999999\r\n\r\n{}",
}
# Framing that swallows the bytes after it cannot be told apart from a slow client: the server
# may wait for the declared length. The probe then goes in the swallowed bytes.
_SWALLOWING = {"length-too-long", "huge-length"}


@pytest.mark.parametrize("name", sorted(BROKEN_FRAMES))
def test_the_server_survives_broken_framing(client, name):
    client.send(BROKEN_FRAMES[name])
    if name in _SWALLOWING:
        client.send(b" " * 256)  # complete what the header promised
    assert client.alive() or client.process.poll() not in (None,), f"{name}: silent and still running"
    if client.process.poll() is None:
        assert client.alive()


def _random_value(rng: random.Random, depth: int = 0):
    kind = rng.choice(["int", "str", "none", "list", "dict", "bool", "float"] if depth < 3 else ["int", "str"])
    if kind == "int":
        return rng.choice([0, -1, 2**31, 2**63, rng.randint(-5, 5)])
    if kind == "str":
        return rng.choice(["", "file:///etc/passwd", "file:///x.py", "\ud800", "x" * 1000, "../../"])
    if kind == "list":
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if kind == "dict":
        keys = ["textDocument", "uri", "position", "range", "line", "character", "contentChanges",
                "context", "data", "text", "version", "settings"]
        return {rng.choice(keys): _random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    return {"bool": True, "none": None, "float": 1e308}[kind] if kind != "bool" else rng.random() < 0.5


METHODS = ["textDocument/hover", "textDocument/codeAction", "codeAction/resolve", "textDocument/diagnostic",
           "workspace/executeCommand", "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose",
           "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles", "no/such/method",
           "$/cancelRequest", "initialize"]


def test_random_methods_and_params_keep_it_answering(client):
    rng = random.Random(12)
    for step in range(150):
        method = rng.choice(METHODS)
        message = {"jsonrpc": "2.0", "method": method, "params": _random_value(rng)}
        if rng.random() < 0.5:
            message["id"] = f"fuzz-{step}"
        client.send(_frame(json.dumps(message, allow_nan=True).encode("utf-8", "surrogatepass")))
    assert client.alive(), "no answer after 150 random messages"


def test_out_of_range_edits_keep_it_answering(client, tmp_path):
    uri = (tmp_path / "app.py").as_uri()
    client.send(_frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "python", "version": 1, "text": "import os\n"}}}))
    rng = random.Random(3)
    for version in range(2, 60):
        start = {"line": rng.choice([0, 5, -1, 2**31]), "character": rng.choice([0, 99, -3, 2**31])}
        end = {"line": rng.choice([0, 1, -2, 10**9]), "character": rng.choice([0, 4, 10**9])}
        text = rng.choice(["", "\r", "\ud83d\ude00", "x\r\ny", "\u2028"])
        client.send(_frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": start, "end": end}, "text": text}]}}))
    assert client.alive()


def test_requests_after_shutdown_are_refused_and_exit_ends_it():
    c = Client()
    c.initialize()
    assert c.request("shutdown") is not None
    answer = c.request("textDocument/hover", {"textDocument": {"uri": "file:///x.py"},
                                              "position": {"line": 0, "character": 0}})
    assert answer is not None and answer.get("error", {}).get("code") == -32600  # InvalidRequest
    c.send(_frame({"jsonrpc": "2.0", "method": "exit"}))
    assert c.process.wait(timeout=ANSWER_TIMEOUT) == 0


def test_exit_without_shutdown_exits_1():
    c = Client()
    c.initialize()
    c.send(_frame({"jsonrpc": "2.0", "method": "exit"}))
    assert c.process.wait(timeout=ANSWER_TIMEOUT) == 1
