"""Workspace scan (progress, cancel, watched files) and notebooks against the real server."""

from __future__ import annotations

import asyncio
import shutil

from lsprotocol import types

from keyguard_testing import make_key


def project(tmp_path, files: int, key: str):
    root = tmp_path / "proj"
    (root / "src").mkdir(parents=True)
    (root / ".gitignore").write_text("ignored/\n")
    (root / "ignored").mkdir()
    (root / "ignored" / "secret.py").write_text(f'from mistralai import Mistral\nMistral(api_key="{key}")\n')
    (root / "src" / "leak.py").write_text(f'from mistralai import Mistral\nc = Mistral(api_key="{key}")\n')
    for i in range(files):
        (root / "src" / f"mod_{i:04d}.py").write_text(
            "import os\nfrom mistralai import Mistral\n\n"
            + "".join(f"def f_{j}(x):\n    return Mistral(api_key=os.environ['MISTRAL_API_KEY']), x * {j}\n\n"
                      for j in range(20)))
    return root


def progress_kinds(client):
    return {token: [getattr(v, "kind", None) for v in values] for token, values in client.progress_reports.items()}


async def test_workspace_scan_reports_progress_and_publishes_closed_files(start, tmp_path):
    key = make_key()
    root = project(tmp_path, 5, key)
    client = await start(root=root, progress=True, settings={"scanWorkspace": True})
    leak_uri = (root / "src" / "leak.py").as_uri()
    params = await client.diagnostics_for(leak_uri, predicate=bool)
    assert [d.code for d in params.diagnostics] == ["MK001"]
    [token] = await client.wait_until(lambda: [t for t, v in client.progress_reports.items()
                                               if v and v[-1].kind == "end"])
    values = client.progress_reports[token]
    assert values[0].kind == "begin" and values[0].cancellable
    reports = [v for v in values if v.kind == "report"]
    assert reports and reports[-1].percentage == 100 and reports[-1].message == "7/7 files"
    assert "7 files scanned" in values[-1].message
    ignored_uri = (root / "ignored" / "secret.py").as_uri()
    assert not [p for p in client.published if p.uri == ignored_uri], ".gitignore not respected"
    # code actions work for a scanned file that is not open: text from disk, unversioned edits
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=leak_uri), range=params.diagnostics[0].range,
        context=types.CodeActionContext(diagnostics=list(params.diagnostics))))
    ignore = next(a for a in actions if a.title == "Ignore MK001 on this line")
    assert ignore.edit.document_changes[0].text_document.version is None
    # a file that changes on disk is rescanned; a deleted one is cleared
    (root / "src" / "leak.py").write_text("import os\n")
    mark = len(client.published)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=leak_uri, type=types.FileChangeType.Changed)]))
    await client.diagnostics_for(leak_uri, after=mark, predicate=lambda d: not d)
    new_uri = (root / "src" / "new.py").as_uri()
    (root / "src" / "new.py").write_text(f'import mistralai\nMISTRAL_API_KEY = "{key}"\n')
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=new_uri, type=types.FileChangeType.Created)]))
    await client.diagnostics_for(new_uri, predicate=bool)
    mark = len(client.published)
    (root / "src" / "new.py").unlink()
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=new_uri, type=types.FileChangeType.Deleted)]))
    await client.diagnostics_for(new_uri, after=mark, predicate=lambda d: not d)


async def test_workspace_scan_can_be_cancelled(start, tmp_path):
    key = make_key()
    root = project(tmp_path, 400, key)
    client = await start(root=root, progress=True)
    result = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="mistral-keyguard.scanWorkspace", arguments=[]))
    assert result["started"]
    token = await client.wait_until(lambda: next(
        (t for t, v in client.progress_reports.items() if any(x.kind == "report" for x in v)), None))
    client.window_work_done_progress_cancel(types.WorkDoneProgressCancelParams(token=token))
    end = await client.wait_until(lambda: next(
        (v[-1] for v in client.progress_reports.values() if v and v[-1].kind == "end"), None))
    assert end.message.startswith("cancelled after"), end.message
    scanned, total = end.message.removeprefix("cancelled after ").removesuffix(" files").split(" of ")
    assert int(scanned) < int(total) == 402


async def test_workspace_scan_in_pull_mode(start, tmp_path):
    key = make_key()
    root = project(tmp_path, 2, key)
    client = await start(root=root, pull=True, settings={"scanWorkspace": True})
    await client.wait_until(lambda: client.diagnostic_refresh_count > 0)
    report = await client.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=[]))
    by_uri = {item.uri: item for item in report.items}
    leak_uri = (root / "src" / "leak.py").as_uri()
    assert [d.code for d in by_uri[leak_uri].items] == ["MK001"]
    assert not client.published
    # with nothing new, the next workspace pull stays open (long polling) until a file changes
    previous = [types.PreviousResultId(uri=item.uri, value=item.result_id) for item in report.items]
    waiting = asyncio.ensure_future(client.workspace_diagnostic_async(
        types.WorkspaceDiagnosticParams(previous_result_ids=previous)))
    other = (root / "src" / "mod_0000.py").as_uri()
    await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(   # a round trip
        text_document=types.TextDocumentIdentifier(uri=other)))
    assert not waiting.done()
    new_file = root / "src" / "late.py"
    new_file.write_text(f'from mistralai import Mistral\nMistral(api_key="{key}")\n')
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=new_file.as_uri(), type=types.FileChangeType.Created)]))
    later = await asyncio.wait_for(waiting, 20)
    full = {item.uri: item for item in later.items if item.kind == "full"}
    assert [d.code for d in full[new_file.as_uri()].items] == ["MK001"]


async def test_notebook_cells_get_their_own_diagnostics(start):
    key = make_key()
    client = await start(notebooks=True, settings={"debounceMs": 0})
    nb = "file:///tmp/mk-lsp-test/analysis.ipynb"
    cells = [f"{nb}#cell1", f"{nb}#cell2", f"{nb}#cell3"]
    texts = ["from mistralai import Mistral\n", "# notes\n", f'client = Mistral(api_key="{key}")\n']
    kinds = [types.NotebookCellKind.Code, types.NotebookCellKind.Markup, types.NotebookCellKind.Code]
    client.notebook_document_did_open(types.DidOpenNotebookDocumentParams(
        notebook_document=types.NotebookDocument(uri=nb, notebook_type="jupyter-notebook", version=1,
                                                 cells=[types.NotebookCell(kind=k, document=u)
                                                        for k, u in zip(kinds, cells)]),
        cell_text_documents=[types.TextDocumentItem(uri=u, language_id="python", version=1, text=t)
                             for u, t in zip(cells, texts)]))
    params = await client.diagnostics_for(cells[2], predicate=bool)
    [diag] = params.diagnostics
    assert diag.code == "MK007" and diag.range.start.line == 0  # as for the .ipynb on disk
    assert texts[2][diag.range.start.character:diag.range.end.character].strip('"') == key
    first = await client.diagnostics_for(cells[0])
    assert not first.diagnostics
    # editing the cell that holds the key removes the diagnostic from that cell
    client.notebook_document_did_change(types.DidChangeNotebookDocumentParams(
        notebook_document=types.VersionedNotebookDocumentIdentifier(uri=nb, version=2),
        change=types.NotebookDocumentChangeEvent(cells=types.NotebookDocumentCellChanges(
            text_content=[types.NotebookDocumentCellContentChanges(
                document=types.VersionedTextDocumentIdentifier(uri=cells[2], version=2),
                changes=[types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=0, character=0),
                                      end=types.Position(line=1, character=0)),
                    text="client = Mistral()\n")])]))))
    await client.diagnostics_for(cells[2], 2, predicate=lambda d: not d)
