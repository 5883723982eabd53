"""The server in a child process, driven by a stdlib JSON-RPC client that keeps every byte the
server writes (imported by the tests in this folder).

Requests the server sends (configuration, registration, progress, applyEdit) get plain answers,
so any sequence runs without an editor. Nothing is parsed from stderr; it is kept whole."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SERVER = Path(__file__).resolve().parents[2] / "server"
ANSWER_TIMEOUT = float(os.environ.get("KEYGUARD_LSP_FUZZ_TIMEOUT", "60"))  # a loaded CI machine

CAPABILITIES = {
    "textDocument": {
        "synchronization": {"didSave": True},
        "publishDiagnostics": {"versionSupport": True, "relatedInformation": True},
        "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": [
            "quickfix", "source.fixAll"]}}, "isPreferredSupport": True, "dataSupport": True,
            "resolveSupport": {"properties": ["edit"]}},
    },
    "workspace": {"workspaceEdit": {"documentChanges": True, "resourceOperations": ["create"]}},
    "window": {"workDoneProgress": True},
}


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


class ServerProcess:
    """`python -m mistral_keyguard.lsp` with stdout read by a thread and stderr kept in a file.

    `raw` holds every message body as the server wrote it (bytes), `notifications` the parsed
    notifications in order. `prefix` runs the server under another command (`setpriv ...`)."""

    def __init__(self, *args: str, cwd: Path | None = None, prefix: list[str] | None = None) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SERVER), env.get("PYTHONPATH")]))
        self.stderr_file = tempfile.TemporaryFile()  # noqa: SIM115  (kept open for the life of the server)
        self.process = subprocess.Popen([*(prefix or []), sys.executable, "-m", "mistral_keyguard.lsp", *args],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr_file,
                                        cwd=cwd, env=env)
        self.raw: list[bytes] = []
        self.notifications: list[dict] = []
        self._responses: dict[int, dict] = {}
        self._arrived = threading.Condition()
        self._send_lock = threading.Lock()
        self._next_id = 0
        self.last_id = 0  # the id of the latest request sent
        self.server_requests: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    # --- the wire ---

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    with self._arrived:
                        self._arrived.notify_all()
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                if line in (b"\r\n", b"\n"):
                    break
            body = stream.read(length or 0)
            self.raw.append(body)
            self._dispatch(json.loads(body))

    def _dispatch(self, message: dict) -> None:
        if "method" in message and "id" in message:
            self.server_requests.put(message)
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": self._answer(message)})
            return
        with self._arrived:
            if "method" in message:
                self.notifications.append(message)
            else:
                self._responses[message.get("id")] = message
            self._arrived.notify_all()

    @staticmethod
    def _answer(request: dict):
        if request["method"] == "workspace/configuration":
            return [None for _ in request.get("params", {}).get("items", [])]
        if request["method"] == "workspace/applyEdit":
            return {"applied": False}
        return None

    def _send(self, message: dict) -> None:
        with self._send_lock:
            try:
                self.process.stdin.write(_frame(message))
                self.process.stdin.flush()
            except (BrokenPipeError, OSError):
                pass

    # --- the protocol ---

    def notify(self, method: str, params=None) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params=None, timeout: float = ANSWER_TIMEOUT) -> dict | None:
        """The response, or None when none came within `timeout`."""
        with self._arrived:
            self._next_id += 1
            ident = self.last_id = self._next_id
        self._send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        with self._arrived:
            while ident not in self._responses:
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    return None
                self._arrived.wait(min(left, 0.5))
            return self._responses.pop(ident)

    def wait_for(self, predicate, timeout: float = ANSWER_TIMEOUT):
        """The first notification `predicate` accepts (already arrived or arriving), or None."""
        deadline = time.monotonic() + timeout
        seen = 0
        with self._arrived:
            while True:
                for message in self.notifications[seen:]:
                    if predicate(message):
                        return message
                seen = len(self.notifications)
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    return None
                self._arrived.wait(min(left, 0.5))

    def initialize(self, root: Path | None, settings: dict | None = None) -> dict:
        answer = self.request("initialize", {
            "processId": None, "rootUri": root.as_uri() if root else None, "capabilities": CAPABILITIES,
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}] if root else None,
            "initializationOptions": settings or {}})
        assert answer is not None and "result" in answer, answer
        self.notify("initialized", {})
        return answer["result"]

    def open(self, uri: str, text: str, language_id: str = "plaintext", version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language_id, "version": version, "text": text}})

    def published(self, uri: str, timeout: float = ANSWER_TIMEOUT) -> dict | None:
        found = self.wait_for(lambda m: m["method"] == "textDocument/publishDiagnostics"
                              and m["params"]["uri"] == uri, timeout)
        return found["params"] if found else None

    def log_lines(self) -> list[str]:
        return [m["params"]["message"] for m in list(self.notifications) if m["method"] == "window/logMessage"]

    def alive(self, timeout: float = ANSWER_TIMEOUT) -> bool:
        """The server answers a plain request (hover on a document it does not know)."""
        return self.request("textDocument/hover", {"textDocument": {"uri": "file:///nowhere.py"},
                                                   "position": {"line": 0, "character": 0}}, timeout) is not None

    def stop(self, timeout: float = ANSWER_TIMEOUT) -> int | None:
        """`shutdown` then `exit`; the exit code, or None when it had to be killed."""
        try:
            self.request("shutdown", None, timeout)
            self.notify("exit")
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return None
        finally:
            for stream in (self.process.stdin, self.process.stdout):
                try:
                    stream.close()
                except OSError:
                    pass

    def stderr(self) -> bytes:
        self.stderr_file.seek(0)
        return self.stderr_file.read()
