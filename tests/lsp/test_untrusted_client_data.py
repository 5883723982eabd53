"""Nothing a client sends back is trusted as an edit or a path (issues 11.9, 11.7, 12.2)."""

from __future__ import annotations

import json

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from keyguard_testing import make_key

URI = "file:///tmp/mk-lsp-untrusted/service.py"


def _source(key: str) -> str:
    return f'from mistralai import Mistral\nclient = Mistral(api_key="{key}")\n'


async def _diagnostic(client, key: str) -> types.Diagnostic:
    client.open(URI, _source(key))
    params = await client.diagnostics_for(URI, 1, predicate=bool)
    [diag] = params.diagnostics
    return diag


async def _actions(client, diag):
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=diag.range,
        context=types.CodeActionContext(diagnostics=[diag]))) or []


async def test_published_data_holds_no_edit_and_no_key(start) -> None:
    key = make_key()
    client = await start(settings={"debounceMs": 0}, resource_operations=True)
    diag = await _diagnostic(client, key)
    assert diag.data["fixes"], "MK001 offers fixes"
    assert all(set(fix) == {"id", "title", "safe", "preferred", "creations"} for fix in diag.data["fixes"])
    assert key not in json.dumps(diag.data)
    assert key[:9] not in json.dumps(diag.data)


async def test_forged_edits_in_diagnostic_data_are_ignored(start) -> None:
    key = make_key()
    client = await start(settings={"debounceMs": 0})
    diag = await _diagnostic(client, key)
    forged = {**diag.data, "fixes": [{"id": "x", "title": "pwn", "safe": True, "preferred": True, "creations": [],
                                      "edits": [{"uri": "file:///etc/passwd", "version": None, "bytes": [0, 0],
                                                 "newText": "pwned\n"}]}]}
    diag.data = forged
    actions = await _actions(client, diag)
    touched = json.dumps([a.edit.to_json() if hasattr(a.edit, "to_json") else str(a.edit) for a in actions])
    assert "/etc/passwd" not in touched
    assert "pwn" not in [a.title for a in actions]


async def test_forged_resolve_data_cannot_reach_files_outside_the_workspace(start) -> None:
    client = await start(settings={"debounceMs": 0})
    await _diagnostic(client, make_key())
    action = types.CodeAction(title="x", data={"uri": "file:///etc/passwd", "fingerprint": "f", "fix": "env-read",
                                               "edits": [{"uri": "file:///etc/passwd", "range": [0, 0, 0, 0],
                                                          "newText": "pwned"}]})
    with pytest.raises(JsonRpcException):
        await client.code_action_resolve_async(action)


async def test_resolve_recomputes_the_edit_from_the_servers_state(start) -> None:
    key = make_key()
    client = await start(settings={"debounceMs": 0}, resolve=True)
    diag = await _diagnostic(client, key)
    offered = await _actions(client, diag)
    lazy = [a for a in offered if a.edit is None and a.disabled is None and a.kind == types.CodeActionKind.QuickFix]
    assert lazy, "with resolve support, quick fixes come without their edit"
    assert all(set(a.data) == {"uri", "fingerprint", "fix", "at"} for a in lazy)
    fix_all = [a for a in offered if a.kind == "source.fixAll.mistral-keyguard"]
    assert all(a.edit is None and set(a.data) == {"uri", "fixAll"} for a in fix_all)
    resolved = await client.code_action_resolve_async(lazy[0])
    assert resolved.edit is not None


async def test_create_in_resource_operations_is_enough_to_offer_file_creating_fixes(start) -> None:
    """Neovim advertises `resourceOperations: [create]` without `documentChanges` and applies
    `documentChanges` anyway."""
    caps = types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True)),
        workspace=types.WorkspaceClientCapabilities(workspace_edit=types.WorkspaceEditClientCapabilities(
            resource_operations=[types.ResourceOperationKind.Create])))
    client = await start(raw_capabilities=caps, settings={"debounceMs": 0})
    diag = await _diagnostic(client, make_key())
    creating = {f["title"] for f in diag.data["fixes"] if f["creations"]}
    assert creating, "MK001 offers a fix that creates .env"
    offered = {a.title: a for a in await _actions(client, diag)}
    for title in creating:
        kinds = [getattr(op, "kind", None) for op in offered[title].edit.document_changes]
        assert "create" in kinds


async def test_untrack_runs_git_rm_cached_only_when_the_user_picks_it(start, tmp_path) -> None:
    """A committed .env: the fix ignores it and, through a command the client runs on pick,
    takes it out of git's index (the file stays, history is untouched)."""
    import subprocess

    root = tmp_path / "app"
    root.mkdir()
    key = make_key()
    env = root / ".env"
    env.write_text(f"MISTRAL_API_KEY={key}\n")
    (root / "app.py").write_text("import os\n")

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True).stdout

    git("init", "-q")
    git("-c", "user.email=t@t", "-c", "user.name=t", "add", ".env", "app.py")
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "init")
    client = await start(root=root, settings={"debounceMs": 0}, resource_operations=True)  # it creates .gitignore
    client.open(env.as_uri(), env.read_text(), language_id="dotenv")
    [diag] = (await client.diagnostics_for(env.as_uri(), 1, predicate=bool)).diagnostics
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=env.as_uri()), range=diag.range,
        context=types.CodeActionContext(diagnostics=[diag])))
    # (lsprotocol reads a CodeAction carrying a command back as a Command: the title is what stays.)
    assert any(a.title.startswith("Stop tracking .env") for a in actions)
    assert "mistral-keyguard.untrack" in str([getattr(a, "command", "") for a in actions])
    assert git("ls-files") == ".env\napp.py\n"  # offering the fix ran nothing
    arguments = [{"uri": env.as_uri(), "fingerprint": diag.data["fingerprint"], "fix": "untrack"}]
    await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="mistral-keyguard.untrack", arguments=arguments))
    assert git("ls-files") == "app.py\n"
    assert env.read_text() == f"MISTRAL_API_KEY={key}\n"
    forged = dict(arguments[0], fix="nothing-like-this")
    with pytest.raises(JsonRpcException):
        await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="mistral-keyguard.untrack", arguments=[forged]))
