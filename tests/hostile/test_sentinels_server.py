"""The sentinel suite, server leg (issue 12, never echo a key): the server at debug level over the
planted tree, with the workspace scan on, every file opened, a code action request for every
diagnostic, every action resolved, the workspace diagnostics pulled and every advertised command
run. Nothing it writes (JSON-RPC messages, `window/logMessage`, stderr, where its logs go) may
hold a sentinel or a run of more than 8 of its characters.

Two things may, because the user asked for them or owns them: the edit of a resolved code action
(the `.env` line a fix writes), and the uri of a file whose own name is a sentinel."""

from __future__ import annotations

import json
from pathlib import Path

from lsp_client import ServerProcess
from sentinels import leaks, plant, windows_of


def _without_user_data(message: dict, uris: set[str], resolve_ids: set[int]) -> dict:
    """The message with what the user may see removed: resolved edits, and their own file names."""
    if message.get("id") in resolve_ids and isinstance(message.get("result"), dict):
        message = {**message, "result": {k: v for k, v in message["result"].items() if k != "edit"}}

    def scrub(value):
        if isinstance(value, dict):
            return {k: scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [scrub(v) for v in value]
        return "<a file of the tree>" if isinstance(value, str) and value in uris else value

    return scrub(message)


def _drive(server: ServerProcess, root: Path, files: list[Path]) -> tuple[set[int], dict[str, int]]:
    """Every request the suite makes; the ids of the resolve requests, and counts of what was done."""
    counts = {"files": 0, "diagnostics": 0, "actions": 0, "resolved": 0, "commands": 0}
    resolve_ids: set[int] = set()
    result = server.initialize(root, {"scanWorkspace": True, "logLevel": "debug"})
    assert server.wait_for(lambda m: m["method"] == "window/logMessage"
                           and "workspace scan:" in m["params"]["message"]), "the workspace scan never ended"
    for path in files:
        server.open(path.as_uri(), path.read_bytes().decode("utf-8", "replace"))
        counts["files"] += 1
    for path in files:
        # a pull answers for every file, language or not (push skips those it cannot scan)
        pulled = server.request("textDocument/diagnostic", {"textDocument": {"uri": path.as_uri()}})
        assert pulled is not None and "error" not in pulled, pulled
        diagnostics = pulled["result"].get("items", [])
        for diagnostic in diagnostics:
            counts["diagnostics"] += 1
            answer = server.request("textDocument/codeAction", {
                "textDocument": {"uri": path.as_uri()}, "range": diagnostic["range"],
                "context": {"diagnostics": [diagnostic]}})
            assert answer is not None and "error" not in answer, answer
            for action in answer["result"] or []:
                counts["actions"] += 1
                if "data" in action and "edit" not in action:
                    resolved = server.request("codeAction/resolve", action)
                    resolve_ids.add(server.last_id)
                    assert resolved is not None and "error" not in resolved, resolved
                    counts["resolved"] += 1
    answer = server.request("workspace/diagnostic", {"previousResultIds": []})
    assert answer is not None, "workspace/diagnostic never answered"
    for command in result["capabilities"].get("executeCommandProvider", {}).get("commands", []):
        server.request("workspace/executeCommand", {"command": command, "arguments": []})
        counts["commands"] += 1
    return resolve_ids, counts


def test_the_server_shows_no_sentinel(tmp_path):
    root = tmp_path / "tree"
    keys = plant(root, 20261208)
    files = sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    uris = {p.as_uri() for p in files}
    server = ServerProcess("--log-level", "debug", cwd=root)
    try:
        resolve_ids, counts = _drive(server, root, files)
    finally:
        code = server.stop()
    assert code == 0, f"the server ended with {code}: {server.stderr()[-2000:]!r}"
    assert counts["diagnostics"] > 100 and counts["resolved"] > 50, counts
    windows = windows_of(keys)
    written = [json.dumps(_without_user_data(json.loads(raw), uris, resolve_ids)) for raw in server.raw]
    stderr = server.stderr().decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr[-3000:]
    shown = "\n".join(written) + "\n" + stderr
    owner = {key[i:i + 9].lower(): key for key in keys for i in range(len(key) - 8)}
    found = leaks(shown, windows)
    in_clear = {owner[run.lower()[i:i + 9]] for run in found for i in range(len(run) - 8)
                if run.lower()[i:i + 9] in owner}
    print(f"server leg: {len(keys)} sentinels planted, {len(in_clear)} in clear; {counts}")
    assert found == [], f"{len(in_clear)} of {len(keys)} sentinels in clear ({counts})"
    resolved_edits = "\n".join(raw.decode() for raw in server.raw if b'"edit"' in raw)
    assert any(key in resolved_edits for key in keys), "no resolved edit carried a key: the exception is untested"
