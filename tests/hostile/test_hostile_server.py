"""The malformed-input corpus through the language server (issue 12, suites that stay): each case's
tree is the workspace (scanned in the background), each of its regular files is opened with its
text and its diagnostics pulled. Within a time bound that grows with the case's size, the scan
ends, every pull is answered, the server still answers a plain request, writes no traceback, and
`shutdown` then `exit` end it with code 0. Unreadable files and folders are named in a log line.

The permission cases run where permission bits count (as root: with root's read-everything
capabilities dropped, see `hostile_support.unprivileged`)."""

from __future__ import annotations

import os
import random
import stat
from pathlib import Path

import corpus
import pytest
from hostile_support import CLI_TIMEOUT, unprivileged
from lsp_client import ServerProcess

MAX_OPEN_BYTES = 8 * 1024 * 1024  # an editor opens such a file; bigger ones it refuses itself


def _bound(root: Path) -> float:
    """Seconds allowed for one step: the CLI's bound plus 10 s per MB in the tree."""
    size = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            try:
                size += os.lstat(os.path.join(folder, name)).st_size
            except OSError:
                pass
    return CLI_TIMEOUT + 10 * size / 1e6


def _openable(root: Path) -> list[Path]:
    """Regular files an editor could open: not links, not FIFOs, readable."""
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder) / name
            try:
                info = os.lstat(path)
                if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_OPEN_BYTES and os.access(path, os.R_OK):
                    found.append(path)
            except OSError:
                pass
    return sorted(found)


def _param(case: corpus.Case):
    reason = case.extra.get("xfail")
    marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in corpus.CASES])
def test_the_server_survives(case, tmp_path):
    prefix = None
    if case.needs_posix_user:
        prefix = unprivileged(tmp_path) if os.name == "posix" else None
        if prefix is None:
            pytest.skip("root, and no way here to drop its power to read every file (setpriv, runuser)")
    root = tmp_path / "tree"
    corpus.build(case, root, corpus.make_key(random.Random(case.name)))
    bound = _bound(root)
    server = ServerProcess("--log-level", "info", cwd=tmp_path, prefix=prefix)
    try:
        server.initialize(root, {"scanWorkspace": True})
        ended = server.wait_for(lambda m: m["method"] == "window/logMessage"
                                and "workspace scan:" in m["params"]["message"], bound)
        assert ended is not None, f"{case.name}: the workspace scan did not end within {bound:.0f} s"
        for path in _openable(root):
            server.open(path.as_uri(), path.read_bytes().decode("utf-8", "replace"))
            pulled = server.request("textDocument/diagnostic", {"textDocument": {"uri": path.as_uri()}}, bound)
            assert pulled is not None and "result" in pulled, f"{path.name}: no diagnostics within {bound:.0f} s"
        assert server.alive(bound), f"{case.name}: the server stopped answering"
        if case.needs_posix_user:
            assert any("cannot read" in line for line in server.log_lines()), server.log_lines()
    finally:
        code = server.stop(bound)
        corpus.restore_permissions(root)
    stderr = server.stderr().decode("utf-8", "replace")
    assert code == 0, f"{case.name}: ended with {code} after shutdown/exit: {stderr[-2000:]}"
    assert "Traceback" not in stderr, stderr[-3000:]


def test_a_document_over_max_file_size_is_said_once(tmp_path):
    """Issue 12, item 8: a document over max-file-size is not silently empty: one line says so,
    however often it changes."""
    key = corpus.make_key(random.Random("max-file-size"))
    uri = (tmp_path / "big.py").as_uri()
    text = f'from mistralai import Mistral\nclient = Mistral(api_key="{key}")\n' + "# padding\n" * 400
    server = ServerProcess("--log-level", "info", cwd=tmp_path)
    try:
        server.initialize(tmp_path, {"maxFileSize": 2000})
        server.open(uri, text, "python")
        for version in (2, 3):
            server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                     "contentChanges": [{"text": text + "#" * version}]})
        pulled = server.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
        assert pulled is not None and pulled["result"]["items"] == []
        assert server.alive()
    finally:
        assert server.stop() == 0
    said = [line for line in server.log_lines() if "max-file-size" in line]
    assert len(said) == 1 and "big.py" in said[0], server.log_lines()
