"""The server over raw stdio: lifecycle rules and framing errors (issue 12, the protocol)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"processId": None, "rootUri": None, "capabilities": {}}}
SHUTDOWN = {"jsonrpc": "2.0", "id": 9, "method": "shutdown"}
EXIT = {"jsonrpc": "2.0", "method": "exit"}


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def _run(*parts: bytes) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mistral_keyguard.lsp"], input=b"".join(parts),
                          capture_output=True, timeout=60)


def _answers(run: subprocess.CompletedProcess) -> dict:
    """Responses by id, read from the server's framed output."""
    out, found = run.stdout, {}
    while b"\r\n\r\n" in out:
        header, _, rest = out.partition(b"\r\n\r\n")
        length = int(header.split(b"Content-Length: ")[1].split(b"\r\n")[0])
        message = json.loads(rest[:length])
        if "id" in message and "method" not in message:
            found[message["id"]] = message
        out = rest[length:]
    return found


def test_requests_after_shutdown_get_invalid_request() -> None:
    action = {"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction",
              "params": {"textDocument": {"uri": "file:///x.py"},
                         "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                         "context": {"diagnostics": []}}}
    run = _run(_frame(INIT), _frame(SHUTDOWN), _frame(action), _frame(EXIT))
    answers = _answers(run)
    assert answers[9].get("result", "missing") is None
    assert answers[3]["error"]["code"] == -32600
    assert run.returncode == 0


def test_exit_without_shutdown_exits_1_quietly() -> None:
    run = _run(_frame(INIT), _frame(EXIT))
    assert run.returncode == 1
    assert b"Traceback" not in run.stderr


@pytest.mark.parametrize("bad", [
    b"Content-Length: abc\r\n\r\n{}",
    b"Content-Length: -4\r\n\r\n{}",
    b"X-Other: 1\r\n\r\n{}",
    b"Content-Length: 5\r\n\r\n" + json.dumps({"jsonrpc": "2.0", "id": 7, "method": "shutdown"}).encode(),
    b"Content-Length: 2\n\n{}",
    b"Content-Length: 99999999999999999999\r\n\r\n",
], ids=["not-numeric", "negative", "missing", "too-short", "lf-only", "absurd"])
def test_a_badly_framed_message_does_not_silence_the_server(bad: bytes) -> None:
    run = _run(_frame(INIT), bad, _frame(SHUTDOWN), _frame(EXIT))
    assert 9 in _answers(run), run.stderr.decode(errors="replace")[-2000:]
    assert b"Traceback" not in run.stderr


async def test_a_document_nested_past_the_parsers_limit_does_not_stall_the_server(start) -> None:
    """The server applies the same parse guard as `check`: other documents keep their diagnostics."""
    from keyguard_testing import make_key

    client = await start(settings={"debounceMs": 0})
    deep = "const x = " + "[" * 20000 + "]" * 20000 + ";\n"
    client.open("file:///tmp/mk-deep/deep.js", deep, language_id="javascript")
    key = make_key()
    other = "file:///tmp/mk-deep/app.py"
    client.open(other, f'from mistralai import Mistral\nclient = Mistral(api_key="{key}")\n')
    published = await client.diagnostics_for(other, 1, predicate=bool)
    assert [d.code for d in published.diagnostics] == ["MK001"]
    deep_report = await client.diagnostics_for("file:///tmp/mk-deep/deep.js", 1)
    assert list(deep_report.diagnostics) == []
