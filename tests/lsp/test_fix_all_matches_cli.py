"""`source.fixAll` in the server does what `check --fix` does to the same file: every pass, then
the tidy step that removes names several fixes left unused (issue 11). The edit is applied with
our own LSP applier, in UTF-16 and UTF-8 positions; the whole tree must equal the CLI's."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest
from lsprotocol import types

from keyguard_testing import FIXTURES
from mistral_keyguard import cli
from workspace_edit import apply_workspace_edit

LANGUAGE_IDS = {".py": "python", ".js": "javascript", ".ts": "typescript"}
FIXTURE_FILES = ["MK005/cli_output_sinks.py", "MK005/javascript_key_logging.js", "MK005/local_key_helpers.js",
                 "MK001/python_positives.py", "MK001/typescript_fields.ts", "MK004/javascript_requests.js",
                 "MK006/fastapi_app.py"]


def two_logs_of_one_key() -> str:
    """Each log's fix alone still sees the other read `api_key`; only the tidy step removes it."""
    return ('import logging\nimport os\n\n\ndef ask():\n    api_key = os.environ["MISTRAL_API_KEY"]\n'
            '    print("key", api_key)\n    logging.info("using %s", api_key)\n    return "🙂 ok"\n')


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def check_fix(root: Path) -> None:
    cwd = os.getcwd()
    os.chdir(root)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            cli.main(["check", ".", "--fix"])
    finally:
        os.chdir(cwd)


async def fix_all_through_the_server(start, root: Path, name: str, encoding: str, resolve: bool) -> None:
    path = root / name
    client = await start(root=root, settings={"debounceMs": 0}, encodings=[encoding], resource_operations=True,
                         resolve=resolve)
    uri = path.as_uri()
    client.open(uri, path.read_text(encoding="utf-8"), LANGUAGE_IDS[path.suffix])
    await client.diagnostics_for(uri, 1, predicate=bool)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll])))
    [action] = actions
    if resolve:
        assert action.edit is None
        action = await client.code_action_resolve_async(action)
    negotiated = client.initialized.capabilities.position_encoding or "utf-16"
    assert negotiated == encoding

    def read(file_uri: str) -> str | None:
        file = Path(file_uri.removeprefix("file://"))
        return file.read_text(encoding="utf-8") if file.is_file() else None

    for file_uri, text in apply_workspace_edit(action.edit, read, encoding).items():
        file = Path(file_uri.removeprefix("file://"))
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(text.encode("utf-8"))


@pytest.mark.parametrize("name", FIXTURE_FILES + ["two_logs_of_one_key.py"])
@pytest.mark.parametrize("encoding, resolve", [("utf-16", False), ("utf-8", True)])
async def test_fix_all_gives_the_text_of_check_fix(start, tmp_path: Path, name: str, encoding: str,
                                                   resolve: bool) -> None:
    body = (FIXTURES / name).read_bytes() if "/" in name else two_logs_of_one_key().encode("utf-8")
    by_cli, by_server = tmp_path / "cli", tmp_path / "server"
    for root in (by_cli, by_server):
        root.mkdir()
        (root / Path(name).name).write_bytes(body)
    check_fix(by_cli)
    assert tree(by_cli)[Path(name).name] != body, "check --fix changes the file"
    await fix_all_through_the_server(start, by_server, Path(name).name, encoding, resolve)
    assert tree(by_server) == tree(by_cli)


async def test_tidy_step_removes_the_shared_local(start, tmp_path: Path) -> None:
    root = tmp_path / "p"
    root.mkdir()
    (root / "app.py").write_text(two_logs_of_one_key(), encoding="utf-8")
    await fix_all_through_the_server(start, root, "app.py", "utf-16", False)
    fixed = (root / "app.py").read_text(encoding="utf-8")
    assert "api_key" not in fixed and "import os" not in fixed and '"[redacted]"' in fixed


async def test_a_large_document_gets_the_per_fix_edits_at_once(start, tmp_path: Path) -> None:
    """A document past the size scanned in a child process (a bundle): fixAll comes with its edit,
    the safe fix of each finding, without the rescans of check --fix."""
    root = tmp_path / "p"
    root.mkdir()
    head = 'import os\n\nfrom mistralai import Mistral\n\nPAD = """\n' + ("ab " * 33 + "\n") * 5400 + '"""\n'
    text = head + 'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\nprint("env", os.environ)\n'
    assert len(text.encode()) >= 512 * 1024
    (root / "big.py").write_text(text)
    client = await start(root=root, settings={"debounceMs": 0}, resolve=True)
    uri = (root / "big.py").as_uri()
    client.open(uri, text)
    await client.diagnostics_for(uri, 1, predicate=bool)
    [action] = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll])))
    assert action.edit is not None and action.data is None
    fixed = apply_workspace_edit(action.edit, lambda u: text if u == uri else None, "utf-16")[uri]
    assert fixed.startswith(head) and 'print("env", os.environ)' not in fixed
