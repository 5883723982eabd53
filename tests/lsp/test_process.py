"""Process lifecycle and log hygiene of the server."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys

from conftest import make_key
from mistral_keyguard.lsp import logs


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def test_server_exits_when_stdin_closes():
    process = subprocess.Popen([sys.executable, "-m", "mistral_keyguard.lsp"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdin.write(_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                "params": {"processId": None, "rootUri": None, "capabilities": {}}}))
    process.stdin.flush()
    header = process.stdout.readline()
    assert header.startswith(b"Content-Length")
    process.stdin.close()
    assert process.wait(timeout=20) is not None


def test_shutdown_and_exit_follow_the_protocol():
    messages = b"".join(_frame(m) for m in [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"processId": None, "rootUri": None, "capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None},
        {"jsonrpc": "2.0", "method": "exit", "params": None},
    ])
    run = subprocess.run([sys.executable, "-m", "mistral_keyguard.lsp"], input=messages,
                         capture_output=True, timeout=30)
    assert b'"id": 2' in run.stdout and b'"result": null' in run.stdout


def test_every_log_line_is_redacted():
    key = make_key()
    stream = io.StringIO()
    handler = logs.setup("debug", stream=stream)
    try:
        logging.getLogger("pygls.protocol").error("Unable to handle message %s", {"text": f'k = "{key}"'})
        logging.getLogger("mistral_keyguard.lsp").info("document says %s", key)
    finally:
        logging.getLogger().removeHandler(handler)
    output = stream.getvalue()
    assert key not in output
    assert output.count(key[:4]) >= 2
