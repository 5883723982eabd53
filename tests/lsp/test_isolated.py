"""Large documents are scanned in a child process: the other documents' diagnostics do not wait
for them, a newer edit stops a stale scan, and shutdown during such a scan ends cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from keyguard_testing import ROOT, make_key

sys.path.insert(0, str(ROOT / "benchmarks"))

from ladder_inputs import generate  # noqa: E402

BUNDLE = "file:///tmp/mk-lsp-test/dist/bundle.js"
SMALL = "file:///tmp/mk-lsp-test/app.py"


def _bundle() -> str:
    """A minified bundle on one line with a Mistral client built from a literal key: seconds of scan."""
    _name, data = generate("bundle", 1_500_000)
    return data.decode()


def _small(key: str) -> str:
    return f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n'


async def test_a_small_file_is_answered_while_a_bundle_is_scanned(start):
    client = await start(settings={"debounceMs": 0})
    client.open(BUNDLE, _bundle(), "javascript")
    client.open(SMALL, _small(make_key()))
    small = await client.diagnostics_for(SMALL, 1, predicate=bool)
    assert [d.code for d in small.diagnostics] == ["MK001"]
    assert not any(p.uri == BUNDLE for p in client.published), "the small file waited for the bundle"
    bundle = await client.diagnostics_for(BUNDLE, 1, predicate=bool)
    assert "MK001" in {d.code for d in bundle.diagnostics}


async def test_an_edit_stops_the_stale_scan_of_a_bundle(start):
    client = await start(settings={"debounceMs": 0})
    text = _bundle()
    client.open(BUNDLE, text, "javascript")
    await client.wait_until(lambda: any(m.message.startswith("scanning") and "v1 in the scan process" in m.message
                                        for m in client.log_messages))
    client.change(BUNDLE, 2, (0, 0), (0, 0), "/* edited */")
    params = await client.diagnostics_for(BUNDLE, predicate=bool)
    assert params.version == 2
    assert any("v1 stopped" in m.message for m in client.log_messages)
    assert not any(p.uri == BUNDLE and p.version == 1 for p in client.published)


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def _scan_children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                command = handle.read()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid and b"mistral_keyguard.lsp.isolated" in command:
            out.append(int(entry))
    return out


def test_shutdown_and_exit_during_a_bundle_scan_end_cleanly():
    process = subprocess.Popen([sys.executable, "-m", "mistral_keyguard.lsp", "--log-level", "debug"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdin.write(b"".join(_frame(m) for m in [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"processId": None, "rootUri": None, "capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": BUNDLE, "languageId": "javascript", "version": 1, "text": _bundle()}}},
    ]))
    process.stdin.flush()
    children: list[int] = []
    deadline = time.monotonic() + 60
    while not children and time.monotonic() < deadline and os.path.isdir("/proc"):
        children = _scan_children(process.pid)  # the bundle's scan is under way
        time.sleep(0.05)
    process.stdin.write(_frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
                        + _frame({"jsonrpc": "2.0", "method": "exit", "params": None}))
    process.stdin.flush()
    assert process.wait(timeout=30) == 0
    stderr = process.stderr.read()
    assert b"Traceback" not in stderr, stderr.decode(errors="replace")
    for child in children:
        deadline = time.monotonic() + 10
        while os.path.exists(f"/proc/{child}") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not os.path.exists(f"/proc/{child}") or b"zombie" in open(f"/proc/{child}/status", "rb").read().lower()
