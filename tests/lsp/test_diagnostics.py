"""Push and pull diagnostics over stdio against the real server process."""

from __future__ import annotations

from lsprotocol import types

from keyguard_testing import make_key

URI = "file:///tmp/mk-lsp-test/app.py"


def python_with_key(key: str) -> str:
    return f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n'


def clean_python() -> str:
    return 'import os\nfrom mistralai import Mistral\n\nclient = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\n'


async def test_open_publishes_a_complete_diagnostic(start):
    key = make_key()
    client = await start()
    client.open(URI, python_with_key(key))
    params = await client.diagnostics_for(URI, 1, predicate=bool)
    [diag] = params.diagnostics
    assert diag.code == "MK001"
    assert diag.source == "mistral-keyguard"
    assert diag.severity == types.DiagnosticSeverity.Error
    assert diag.code_description.href.startswith("file:///") and diag.code_description.href.endswith("/ruledocs/MK001.md")
    assert key not in diag.message and key[:4] in diag.message
    assert diag.range.start.line == 2
    line = python_with_key(key).splitlines()[2]
    assert line[diag.range.start.character:diag.range.end.character].strip("\"'") == key
    assert diag.data["fingerprint"] and diag.data["version"] == 1


async def test_incremental_edits_add_then_remove_a_key_and_close_clears(start):
    key = make_key()
    client = await start(settings={"debounceMs": 0})
    text = clean_python()
    client.open(URI, text)
    await client.diagnostics_for(URI, 1, predicate=lambda d: not d)
    # replace os.environ["MISTRAL_API_KEY"] with a literal key: one incremental edit
    line = text.splitlines()[3]
    start_col = line.index("os.environ")
    end_col = line.index(")")
    client.change(URI, 2, (3, start_col), (3, end_col), f'"{key}"')
    params = await client.diagnostics_for(URI, 2, predicate=bool)
    assert [d.code for d in params.diagnostics] == ["MK001"]
    assert params.diagnostics[0].range.start.line == 3
    # and back out again
    client.change(URI, 3, (3, start_col), (3, start_col + len(key) + 2), 'os.environ["MISTRAL_API_KEY"]')
    await client.diagnostics_for(URI, 3, predicate=lambda d: not d)
    # a key typed character by character reaches the server as many edits; the last version wins
    client.change(URI, 4, (3, start_col), (3, end_col), '"')
    version = 4
    for i, ch in enumerate(key + '"'):
        version += 1
        client.change(URI, version, (3, start_col + 1 + i), (3, start_col + 1 + i), ch)
    final = await client.diagnostics_for(URI, version, predicate=bool)
    assert [d.code for d in final.diagnostics] == ["MK001"]
    versions = [p.version for p in client.published if p.uri == URI]
    assert versions == sorted(versions), "a stale result was published after a newer one"
    mark = len(client.published)
    client.text_document_did_close(types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=URI)))
    await client.diagnostics_for(URI, after=mark, predicate=lambda d: not d)


async def test_on_save_mode_waits_for_the_save(start):
    key = make_key()
    client = await start(settings={"run": "onSave", "debounceMs": 0})
    text = clean_python()
    client.open(URI, text)
    await client.diagnostics_for(URI, 1, predicate=lambda d: not d)
    line = text.splitlines()[3]
    client.change(URI, 2, (3, line.index("os.environ")), (3, line.index(")")), f'"{key}"')
    # barrier: scans run in order, so once another document's result is back, an onType scan of
    # version 2 would have been published already
    other = "file:///tmp/mk-lsp-test/other.py"
    client.open(other, "x = 1\n")
    await client.diagnostics_for(other, 1)
    assert not [p for p in client.published if p.uri == URI and p.version == 2]
    client.text_document_did_save(types.DidSaveTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=URI)))
    params = await client.diagnostics_for(URI, 2, predicate=bool)
    assert [d.code for d in params.diagnostics] == ["MK001"]


async def test_pull_diagnostics_without_publishing(start):
    key = make_key()
    client = await start(pull=True)
    client.open(URI, python_with_key(key))
    report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=URI)))
    assert report.kind == "full"
    assert [d.code for d in report.items] == ["MK001"]
    again = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=URI), previous_result_id=report.result_id))
    assert again.kind == "unchanged"
    client.change(URI, 2, (2, 0), (3, 0), "")
    after = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=URI), previous_result_id=report.result_id))
    assert after.kind == "full" and not after.items
    assert not [p for p in client.published if p.uri == URI], "pull client got pushed diagnostics too"


async def test_emoji_columns_in_utf16_and_utf8(start):
    key = make_key()
    prefix = 'client = Mistral(api_key="'
    text = f'from mistralai import Mistral\nnote = "😀"; {prefix}{key}")\n'
    line = text.splitlines()[1]
    code_points = line.index(key)
    utf16 = len(line[:code_points].encode("utf-16-le")) // 2
    utf8 = len(line[:code_points].encode("utf-8"))
    assert len({code_points, utf16, utf8}) == 3
    for encodings, expected in ((None, utf16), (["utf-8", "utf-16"], utf8)):
        client = await start(encodings=encodings)
        result_encoding = utf8 if encodings else utf16
        client.open(URI, text)
        params = await client.diagnostics_for(URI, 1, predicate=bool)
        [diag] = params.diagnostics
        # the finding may cover the quotes; the key itself starts at or one after the start
        assert diag.range.start.character in (expected, expected - 1), (encodings, diag.range)
        assert diag.range.end.character in (expected + 32, expected + 33)
        assert result_encoding == expected
        # an incremental edit addressed in the same encoding lands right after the emoji
        emoji_end = line.index("😀") + 1
        column = len(line[:emoji_end].encode("utf-16-le")) // 2 if not encodings else len(
            line[:emoji_end].encode("utf-8"))
        client.change(URI, 2, (1, column), (1, column), "!")
        moved = await client.diagnostics_for(URI, 2, predicate=bool)
        assert moved.diagnostics[0].range.start.character == diag.range.start.character + 1


async def test_related_information_points_at_the_use(start):
    key = make_key()
    client = await start()
    text = f'from mistralai import Mistral\n\nKEY = "{key}"\n\nclient = Mistral(api_key=KEY)\n'
    client.open(URI, text)
    params = await client.diagnostics_for(URI, 1, predicate=bool)
    [diag] = params.diagnostics
    assert diag.range.start.line == 2
    assert diag.related_information, "no related location for the use on line 5"
    assert any(r.location.uri == URI and r.location.range.start.line == 4 for r in diag.related_information)
