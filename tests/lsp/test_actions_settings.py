"""Code actions, settings and robustness against the real server process."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams

from keyguard_testing import make_key

URI = "file:///tmp/mk-lsp-test/service.py"
JS_URI = "file:///tmp/mk-lsp-test/client.js"


def python_with_key(key: str) -> str:
    return f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n'


def apply_text_edits(text: str, edits) -> str:
    """Apply LSP edits (UTF-16 columns, the default encoding) to a text."""
    lines = text.splitlines(keepends=True)

    def offset(pos):
        prefix = "".join(lines[:pos.line])
        line = lines[pos.line] if pos.line < len(lines) else ""
        units, index = 0, 0
        while index < len(line) and units < pos.character:
            units += 2 if ord(line[index]) > 0xFFFF else 1
            index += 1
        return len(prefix) + index

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
        lines = text.splitlines(keepends=True)
    return text


async def code_actions(client, uri, diagnostics, only=None):
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=diagnostics[0].range if diagnostics else types.Range(
            start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        context=types.CodeActionContext(diagnostics=diagnostics, only=only)))


async def test_ignore_action_makes_the_diagnostic_go_away(start):
    key = make_key()
    client = await start(settings={"debounceMs": 0})
    text = python_with_key(key)
    client.open(URI, text)
    params = await client.diagnostics_for(URI, 1, predicate=bool)
    actions = await code_actions(client, URI, list(params.diagnostics))
    ignore = next(a for a in actions if a.title == "Ignore MK001 on this line")
    assert ignore.kind == types.CodeActionKind.QuickFix
    [change] = ignore.edit.document_changes
    assert change.text_document.uri == URI and change.text_document.version == 1
    new_text = apply_text_edits(text, change.edits)
    assert new_text.splitlines()[2].endswith("# mistral-keyguard: ignore[MK001]")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=e.range, text=e.new_text)
                         for e in change.edits]))
    await client.diagnostics_for(URI, 2, predicate=lambda d: not d)


async def test_ignore_action_uses_the_files_comment_syntax(start):
    key = make_key()
    client = await start()
    text = f'import {{ Mistral }} from "@mistralai/mistralai";\nconst client = new Mistral({{ apiKey: "{key}" }});\n'
    client.open(JS_URI, text, language_id="javascript")
    params = await client.diagnostics_for(JS_URI, 1, predicate=bool)
    actions = await code_actions(client, JS_URI, list(params.diagnostics))
    ignore = next(a for a in actions if a.title.startswith("Ignore MK001"))
    new_text = apply_text_edits(text, ignore.edit.document_changes[0].edits)
    assert new_text.splitlines()[1].endswith("// mistral-keyguard: ignore[MK001]")


async def test_quick_fixes_and_fix_all_come_from_diagnostic_data(start):
    key = make_key()
    client = await start(settings={"debounceMs": 0})
    text = "import os\n" + python_with_key(key)
    client.open(URI, text)
    params = await client.diagnostics_for(URI, 1, predicate=bool)
    [diag] = params.diagnostics
    fixes = diag.data["fixes"]
    actions = await code_actions(client, URI, [diag])
    titles = [a.title for a in actions]
    for fix in fixes:
        # a fix that creates a file is offered only to clients that allow resource operations
        assert (fix["title"] in titles) == (not fix["creations"])
    preferred = [a for a in actions if a.is_preferred]
    assert all(f["preferred"] for f in fixes if f["title"] in [a.title for a in preferred])
    # the data names the finding and its fixes; edits (which may hold the key) come on request
    assert all("edits" not in f for f in fixes)
    assert key not in json.dumps(diag.data)
    fix_all = await code_actions(client, URI, [], only=["source.fixAll"])
    safe = [f for f in fixes if f["safe"] and not f["creations"]]
    if safe:
        [action] = fix_all
        assert action.kind == "source.fixAll.mistral-keyguard"
        fixed = apply_text_edits(text, action.edit.document_changes[0].edits)
        assert key not in fixed
    else:
        assert not fix_all


async def test_no_action_without_our_diagnostic(start):
    client = await start()
    client.open(URI, "x = 1\n")
    await client.diagnostics_for(URI, 1)
    foreign = types.Diagnostic(range=types.Range(start=types.Position(line=0, character=0),
                                                 end=types.Position(line=0, character=1)),
                               message="something else", source="pyflakes")
    assert not await code_actions(client, URI, [foreign], only=[types.CodeActionKind.QuickFix])


async def test_settings_change_rescans_open_documents(start):
    key = make_key()
    client = await start(settings={"debounceMs": 0})
    client.open(URI, python_with_key(key))
    first = await client.diagnostics_for(URI, 1, predicate=bool)
    assert first.diagnostics[0].severity == types.DiagnosticSeverity.Error
    mark = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"mistral-keyguard": {"severity": {"MK001": "warning"}, "debounceMs": 0}}))
    downgraded = await client.diagnostics_for(URI, after=mark, predicate=bool)
    assert downgraded.diagnostics[0].severity == types.DiagnosticSeverity.Warning
    mark = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"mistral-keyguard": {"ignore": ["MK001"], "debounceMs": 0}}))
    await client.diagnostics_for(URI, after=mark, predicate=lambda d: not d)
    mark = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"mistral-keyguard": {"enable": False}}))
    await client.diagnostics_for(URI, after=mark, predicate=lambda d: not d)


async def test_bad_settings_warn_once_and_fall_back(start):
    key = make_key()
    client = await start(settings={"debounceMs": "fast", "run": "sometimes", "colour": "blue",
                                   "select": ["MK999"]})
    warnings = await client.wait_until(lambda: [m for m in client.messages
                                                if m.type == types.MessageType.Warning])
    assert len(warnings) == 1
    for word in ("debounceMs", "run", "colour", "MK999"):
        assert word in warnings[0].message
    client.open(URI, python_with_key(key))
    params = await client.diagnostics_for(URI, 1, predicate=bool)
    assert [d.code for d in params.diagnostics] == ["MK001"]


async def test_workspace_configuration_is_pulled(start):
    key = make_key()
    client = await start()
    client.set_configuration({"severity": {"MK001": "hint"}, "debounceMs": 0}, section="mistral-keyguard")
    mark = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    client.open(URI, python_with_key(key))
    params = await client.diagnostics_for(URI, after=mark, predicate=lambda d: d and
                                          d[0].severity == types.DiagnosticSeverity.Hint)
    assert params.diagnostics[0].code == "MK001"


async def test_malformed_input_does_not_kill_the_server(start):
    key = make_key()
    client = await start(settings={"debounceMs": 0})
    client.open(URI, "x = 1\n")
    await client.diagnostics_for(URI, 1)
    # an edit far past the end of the document: logged and clamped
    client.change(URI, 2, (500, 3), (900, 0), "y = 2\n")
    # an edit whose end comes before its start
    client.change(URI, 3, (0, 5), (0, 1), "")
    # a change for a document that was never opened
    client.change("file:///tmp/mk-lsp-test/never.py", 7, (0, 0), (0, 0), "z")
    # a message that is not JSON at all, and one with params of the wrong shape
    client.protocol.writer.write(b"Content-Length: 9\r\n\r\n{not json")
    body = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didChange",
                       "params": {"textDocument": {"uri": URI}, "contentChanges": "nope"}}).encode()
    client.protocol.writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    # a request whose params do not fit the protocol gets an error response, not silence
    answer = concurrent.futures.Future()
    client.protocol._request_futures["bad-params"] = answer
    body = json.dumps({"jsonrpc": "2.0", "id": "bad-params", "method": "textDocument/codeAction",
                       "params": {"textDocument": {"uri": URI}, "context": {"diagnostics": [{"code": "X"}]}}})
    client.protocol.writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body.encode()))
    try:
        await asyncio.wait_for(asyncio.wrap_future(answer), 20)
        raise AssertionError("expected an error response")
    except JsonRpcException as exc:
        assert exc.code == JsonRpcInvalidParams.CODE
    # a request for an unknown document gets an error response
    try:
        await code_actions(client, "file:///tmp/mk-lsp-test/unknown.py", [])
        raise AssertionError("expected an error response")
    except Exception as exc:
        assert "neither open" in str(exc)
    # and the server still serves the open document
    client.change(URI, 4, (0, 0), (0, 0), python_with_key(key))
    params = await client.diagnostics_for(URI, 4, predicate=bool)
    assert [d.code for d in params.diagnostics] == ["MK001"]
    assert any("outside the document" in m.message for m in client.log_messages)
    assert not any(key in m.message for m in client.log_messages)


async def test_file_creating_fix_needs_resource_operations(start):
    key = make_key()
    client = await start(resource_operations=True)
    client.open(URI, "import os\n" + python_with_key(key))
    params = await client.diagnostics_for(URI, 1, predicate=bool)
    [diag] = params.diagnostics
    creating = [f for f in diag.data["fixes"] if f["creations"]]
    actions = await code_actions(client, URI, [diag])
    for fix in creating:
        action = next(a for a in actions if a.title == fix["title"])
        kinds = [getattr(op, "kind", None) for op in action.edit.document_changes]
        assert "create" in kinds
        assert kinds.index("create") < len(kinds) - 1


async def test_project_file_applies_and_editor_settings_win(start, tmp_path):
    key = make_key()
    root = tmp_path / "proj"
    root.mkdir()
    (root / ".mistral-keyguard.toml").write_text('exclude = ["generated/"]\n[severity]\nMK001 = "info"\n')
    (root / "generated").mkdir()
    uri = (root / "app.py").as_uri()
    generated = (root / "generated" / "out.py").as_uri()
    client = await start(root=root, settings={"debounceMs": 0})
    client.open(uri, python_with_key(key))
    client.open(generated, python_with_key(key))
    params = await client.diagnostics_for(uri, 1, predicate=bool)
    assert params.diagnostics[0].severity == types.DiagnosticSeverity.Information
    assert not (await client.diagnostics_for(generated, 1)).diagnostics
    mark = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"mistral-keyguard": {"severity": {"MK001": "error"}, "debounceMs": 0}}))
    params = await client.diagnostics_for(uri, after=mark, predicate=bool)
    assert params.diagnostics[0].severity == types.DiagnosticSeverity.Error
