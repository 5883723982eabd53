"""Process lifecycle and log hygiene of the server."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys

from keyguard_testing import make_key
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


def _lifecycle() -> subprocess.CompletedProcess:
    """initialize, initialized, shutdown, exit: the server's whole life, over stdio."""
    messages = b"".join(_frame(m) for m in [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"processId": None, "rootUri": None, "capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None},
        {"jsonrpc": "2.0", "method": "exit", "params": None},
    ])
    return subprocess.run([sys.executable, "-m", "mistral_keyguard.lsp"], input=messages,
                          capture_output=True, timeout=30)


def test_shutdown_and_exit_follow_the_protocol():
    run = _lifecycle()
    assert b'"id": 2' in run.stdout and b'"result": null' in run.stdout


def test_log_lines_reach_the_client_once():
    """Each INFO line goes out as `window/logMessage`, not also on stderr (editors show both)."""
    run = _lifecycle()
    assert b"window/logMessage" in run.stdout and b"initialize: " in run.stdout
    assert b"initialize: " not in run.stderr


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


def test_tcp_mode_answers_initialize():
    import socket
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "mistral_keyguard.lsp", "--tcp", "--host", "127.0.0.1",
                                "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                connection = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)  # waiting for the listening socket, not for a result
        with connection:
            connection.sendall(_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                       "params": {"processId": None, "rootUri": None, "capabilities": {}}}))
            received = b""
            while b"capabilities" not in received:
                chunk = connection.recv(65536)
                assert chunk, "connection closed before the initialize result"
                received += chunk
        assert b'"positionEncoding": "utf-16"' in received
    finally:
        process.kill()
        process.wait(timeout=10)


def test_server_exits_when_the_client_process_dies():
    client_stand_in = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1)"])
    process = subprocess.Popen([sys.executable, "-m", "mistral_keyguard.lsp"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        process.stdin.write(_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                    "params": {"processId": client_stand_in.pid, "rootUri": None,
                                               "capabilities": {}}}))
        process.stdin.flush()
        assert process.stdout.readline().startswith(b"Content-Length")
        client_stand_in.wait(timeout=10)
        # stdin stays open: only the dead client process can end the server
        assert process.wait(timeout=20) is not None
    finally:
        if process.poll() is None:
            process.kill()
