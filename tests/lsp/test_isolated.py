"""Large documents are scanned in a child process: the other documents' diagnostics do not wait
for them, a newer edit stops a stale scan, and shutdown during such a scan ends cleanly."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import time

from keyguard_testing import ROOT, make_key

sys.path.insert(0, str(ROOT / "benchmarks"))

from ladder_inputs import generate  # noqa: E402

from mistral_keyguard.languages import parser  # noqa: E402
from mistral_keyguard.lsp import incremental  # noqa: E402
from mistral_keyguard.lsp.isolated import IsolatedScanner, ScanCancelled, _picklable  # noqa: E402
from mistral_keyguard.lsp.text import DocumentText  # noqa: E402
from mistral_keyguard.project import ProjectContext  # noqa: E402
from mistral_keyguard.settings import Settings  # noqa: E402

BUNDLE = "file:///tmp/mk-lsp-test/dist/bundle.js"
SMALL = "file:///tmp/mk-lsp-test/app.py"


def _bundle() -> str:
    """A minified bundle on one line with a Mistral client built from a literal key: seconds of scan."""
    _name, data = generate("bundle", 600_000)
    return data.decode()


async def _bundle_diagnostics(client, version=None):
    """The bundle's first publish with diagnostics: its scan takes seconds, minutes on a loaded machine."""
    def found():
        return next((p for p in client.published if p.uri == BUNDLE and p.diagnostics
                     and (version is None or p.version == version)), None)
    return await client.wait_until(found, timeout=600)


def _small(key: str) -> str:
    return f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n'


async def test_a_small_file_is_answered_while_a_bundle_is_scanned(start):
    client = await start(settings={"debounceMs": 0})
    client.open(BUNDLE, _bundle(), "javascript")
    client.open(SMALL, _small(make_key()))
    small = await client.diagnostics_for(SMALL, 1, predicate=bool)
    assert [d.code for d in small.diagnostics] == ["MK001"]
    assert not any(p.uri == BUNDLE for p in client.published), "the small file waited for the bundle"
    bundle = await _bundle_diagnostics(client, 1)
    assert "MK001" in {d.code for d in bundle.diagnostics}


async def test_an_edit_stops_the_stale_scan_of_a_bundle(start):
    client = await start(settings={"debounceMs": 0})
    text = _bundle()
    client.open(BUNDLE, text, "javascript")
    await client.wait_until(lambda: any(m.message.startswith("scanning") and "v1 in the scan process" in m.message
                                        for m in client.log_messages), timeout=120)
    client.change(BUNDLE, 2, (0, 0), (0, 0), "/* edited */")
    params = await _bundle_diagnostics(client)
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
    assert process.wait(timeout=60) == 0
    stderr = process.stderr.read()
    assert b"Traceback" not in stderr, stderr.decode(errors="replace")
    for child in children:
        deadline = time.monotonic() + 10
        while os.path.exists(f"/proc/{child}") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not os.path.exists(f"/proc/{child}") or b"zombie" in open(f"/proc/{child}/status", "rb").read().lower()


def test_the_child_returns_chunks_for_code_on_lines_and_none_for_a_bundle():
    """With the chunks, the server re-scans an edit of a large module itself (the incremental
    path); a bundle's single statement would make it re-parse megabytes, so it gets none."""
    _name, module = generate("python", 600_000)
    scanner = IsolatedScanner()
    try:
        result, chunks = scanner.scan(("m", 1), "/tmp/m.py", module, Settings(), "python", None)
        expected = incremental.chunks(parser("python").parse(module), module, DocumentText(module).starts,
                                      incremental.ChunkCache(), incremental.prefilters_for("python", Settings()))
        assert [(c.start, c.end, c.facts) for c in chunks] == [(c.start, c.end, c.facts) for c in expected]
        assert "MK001" in {f.code for f in result.findings}
        _result, chunks = scanner.scan(("b", 1), "/tmp/b.js", _bundle().encode(), Settings(), "javascript", None)
        assert chunks is None
        assert scanner.started == 1
    finally:
        scanner.close()


def test_an_edit_that_comes_before_the_stale_scan_reaches_the_child_still_stops_it():
    """The edit can arrive between the stale scan's start and its job reaching the child (no scan
    is running then to kill): the stale scan must still end unanswered, without a child."""
    scanner = IsolatedScanner()
    try:
        assert scanner.cancel("b", keep_version=2) is False  # nothing running yet
        try:
            scanner.scan(("b", 1), "/tmp/b.js", b"let a = 1;\n", Settings(), "javascript", None)
        except ScanCancelled:
            pass
        else:
            raise AssertionError("the scan of version 1 ran after version 2 was current")
        assert scanner.started == 0
        result, _chunks = scanner.scan(("b", 2), "/tmp/b.js", b"let a = 1;\n", Settings(), "javascript", None)
        assert result.findings == []
        scanner.cancel("b")  # the document closed: a later scan of it (re-opened at version 1) runs
        result, _chunks = scanner.scan(("b", 1), "/tmp/b.js", b"let a = 1;\n", Settings(), "javascript", None)
        assert result.findings == []
    finally:
        scanner.close()


def test_importers_sent_to_the_child_answer_one_hop_up():
    """The child cannot call back into the project view: a file that names Mistral takes its
    importers and theirs along (the classifier's one hop); other files only their own."""
    graph = {None: [("src/stores/chat.ts", "typescript", b"export const x = 1;")],
             "src/stores/chat.ts": [("src/App.tsx", "tsx", b"export default () => <p/>;")]}
    project = ProjectContext(root="/tmp/app", importers=lambda of=None: graph.get(of, []))

    sent = pickle.loads(pickle.dumps(_picklable(project, b"new Mistral({ apiKey })")))
    assert sent.importers() == graph[None]
    assert sent.importers("src/stores/chat.ts") == graph["src/stores/chat.ts"]
    assert sent.importers("src/App.tsx") == []

    quiet = pickle.loads(pickle.dumps(_picklable(project, b"export const y = 2;")))
    assert quiet.importers() == graph[None]
    assert quiet.importers("src/stores/chat.ts") == []
