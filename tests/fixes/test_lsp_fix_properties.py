"""Property tests of every fix through the language server (issue 11), with UTF-16 and UTF-8
position encodings: on the generated files of `test_fix_properties.py` (`fix_shapes`), each quick
fix the server offers is resolved (`codeAction/resolve`) and its WorkspaceEdit applied with our own
LSP applier (`workspace_edit`, written from the specification). Then:
- the result is byte for byte what the engine's fix gives (`apply_fixes`);
- every changed or created file parses (Python 3.10, node, tree-sitter);
- the finding is gone and no new one appears;
- the document's bytes outside the fix's edits are unchanged;
- the key lands in no file but `.env`.

One server per encoding serves every example. KEYGUARD_LSP_PROPERTY_EXAMPLES sets the number of
examples per language and encoding (default 50; CI keeps the whole module under about a minute).
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from lsprotocol import types  # noqa: E402

from fixes.fix_shapes import Example, ecma_files, python_files  # noqa: E402
from fixes.roundtrip import _allowed_copies, identities, key_of, outside_ranges_kept, read_or_none, scan  # noqa: E402
from fixes.syntax_check import SyntaxCheck  # noqa: E402
from mistral_keyguard.fixes.apply import apply_fixes  # noqa: E402
from workspace_edit import apply_workspace_edit  # noqa: E402

_spec = importlib.util.spec_from_file_location("keyguard_lsp_client", Path(__file__).parent.parent / "lsp" / "conftest.py")
_client = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_client)

EXAMPLES = int(os.environ.get("KEYGUARD_LSP_PROPERTY_EXAMPLES", "50"))
LANGUAGE_IDS = {".py": "python", ".js": "javascript", ".mjs": "javascript", ".ts": "typescript",
                ".tsx": "typescriptreact"}
COUNTS: Counter = Counter()
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("KEYGUARD_PROPERTY_RANDOM"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])


class Session:
    """One language server and its client, driven from synchronous (hypothesis) tests."""

    def __init__(self, root: Path, encoding: str) -> None:
        self.root, self.encoding = root, encoding
        self.loop = asyncio.new_event_loop()
        self.client = self.loop.run_until_complete(self._start())
        self.version = 0

    async def _start(self):
        client = _client._make_client()
        await client.start_io(*_client.SERVER, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        client.initialized = await client.initialize_session(types.InitializeParams(
            capabilities=_client.capabilities(encodings=[self.encoding], resource_operations=True, resolve=True),
            initialization_options={"debounceMs": 0},
            workspace_folders=[types.WorkspaceFolder(uri=self.root.as_uri(), name=self.root.name)],
            root_uri=self.root.as_uri()))
        assert client.initialized.capabilities.position_encoding == self.encoding
        return client

    def run(self, coroutine):
        return self.loop.run_until_complete(coroutine)

    def close(self) -> None:
        async def stop() -> None:
            try:
                async with asyncio.timeout(10):
                    await self.client.shutdown_session()
            finally:
                await self.client.stop()
        self.run(stop())
        self.loop.close()


@pytest.fixture(scope="module")
def syntax():
    checker = SyntaxCheck()
    yield checker
    checker.close()
    sys.__stderr__.write(f"\nfix properties through the server: {COUNTS['examples']} examples, {COUNTS['findings']} "
                         f"findings, {COUNTS['fixes']} fixes resolved and applied (UTF-16 and UTF-8), "
                         f"{COUNTS['files parsed']} files parsed, failures: {COUNTS['failures']}\n")


@pytest.fixture(scope="module", params=["utf-16", "utf-8"])
def session(request, tmp_path_factory):
    running = Session(tmp_path_factory.mktemp(f"lsp-{request.param}"), request.param)
    yield running
    running.close()


def _project(session: Session, example: Example) -> Path:
    root = session.root / f"e{COUNTS['examples']}"
    root.mkdir()
    for rel, text in example.manifest.items():
        (root / rel).write_text(text, encoding="utf-8")
    (root / example.name).write_bytes(example.data())
    return root


async def _quick_fixes(client, uri: str, diag: types.Diagnostic) -> list[types.CodeAction]:
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diag.range,
        context=types.CodeActionContext(diagnostics=[diag], only=[types.CodeActionKind.QuickFix])))
    offered = [a for a in actions or [] if isinstance(a, types.CodeAction) and a.data and "fix" in a.data]
    return [await client.code_action_resolve_async(a) for a in offered]


def _check_fix(session: Session, syntax: SyntaxCheck, document: Path, before, finding, fix, edit) -> list[str]:
    original = document.read_bytes()

    def read(uri: str) -> str | None:
        data = read_or_none(uri.removeprefix("file://"))
        return data.decode("utf-8") if data is not None else None

    try:
        texts = {Path(uri.removeprefix("file://")): text.encode("utf-8")
                 for uri, text in apply_workspace_edit(edit, read, session.encoding).items()}
    except ValueError as exc:
        return [f"the WorkspaceEdit does not apply: {exc}"]
    engine = apply_fixes(original, [fix], lambda p: read_or_none(p))
    want = {document if p is None else Path(p): data for p, data in engine.files.items()}
    want |= {Path(p): text.encode("utf-8") for p, text in engine.created.items()}
    problems = []
    if texts != want:
        differing = sorted(p.name for p in set(texts) | set(want) if texts.get(p) != want.get(p))
        problems.append(f"differs from the engine's fix in {differing}")
    if document in texts and not outside_ranges_kept(original, texts[document], fix):
        problems.append("text outside the fix's edit ranges changed")
    scratch = session.root / "scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(document.parent, scratch)
    for path, data in texts.items():
        target = scratch / path.relative_to(document.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        COUNTS["files parsed"] += 1
        problem = syntax.problem(target)
        if problem:
            problems.append(f"{path.name}: {problem}")
    key = key_of(original, finding)
    for path, data in texts.items():
        previous = original if path == document else (read_or_none(str(path)) or b"")
        if key and path.name != ".env" and data.count(key.encode()) > _allowed_copies(path, document, previous, key):
            problems.append(f"{path.name}: the key is still there or landed outside .env")
    expected = identities(before)
    ident = (finding.code, finding.secret_hash)
    expected[ident] -= 1
    got = identities(scan(scratch / document.name))
    if got[ident] > expected[ident]:
        problems.append("the fixed finding is still reported")
    new = sorted(code for (code, h), n in got.items() if n > expected[(code, h)] and (code, h) != ident)
    if new:
        problems.append(f"new findings: {new}")
    return [f"{finding.code}/{fix.id}: {p}" for p in problems]


def _pairs(diagnostics: list[types.Diagnostic], findings) -> list[tuple]:
    """Each diagnostic with the engine's finding it reports: by fingerprint, then by position
    among findings that share one (the same line twice)."""
    def order(d):
        return (d.range.start.line, d.range.start.character)
    pairs = []
    for fingerprint in dict.fromkeys(d.data["fingerprint"] for d in diagnostics):
        diags = sorted((d for d in diagnostics if d.data["fingerprint"] == fingerprint), key=order)
        same = sorted((f for f in findings if f.fingerprint == fingerprint), key=lambda f: f.span.start.byte)
        pairs += [(d, same[i] if i < len(same) else None) for i, d in enumerate(diags)]
    return pairs


def _check(session: Session, syntax: SyntaxCheck, example: Example) -> None:
    COUNTS["examples"] += 1
    document = _project(session, example) / example.name
    before = scan(document, with_fixes=True)
    client, uri = session.client, document.as_uri()
    client.open(uri, example.data().decode("utf-8"), LANGUAGE_IDS[document.suffix])
    problems: list[str] = []
    try:
        published = session.run(client.diagnostics_for(uri, 1))
        COUNTS["findings"] += len(published.diagnostics)
        if len(published.diagnostics) != len(before):
            problems.append(f"the server reports {len(published.diagnostics)} findings, the engine {len(before)}")
        for diag, finding in _pairs(published.diagnostics, before):
            if finding is None:
                problems.append(f"{diag.code}: no such finding in the engine's scan")
                continue
            for action in session.run(_quick_fixes(client, uri, diag)):
                fix = next(f for f in finding.fixes if f.id == action.data["fix"])
                COUNTS["fixes"] += 1
                problems += _check_fix(session, syntax, document, before, finding, fix, action.edit)
    finally:
        client.text_document_did_close(types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
    if problems:
        COUNTS["failures"] += 1
        pytest.fail(f"{session.encoding} {example.shapes} newline={example.newline!r}:\n" + "\n".join(problems)
                    + "\n--- source ---\n" + example.data().decode("utf-8"))


@PROPERTY
@given(example=python_files())
def test_python_fixes_through_the_server(example: Example, session: Session, syntax: SyntaxCheck) -> None:
    _check(session, syntax, example)


@PROPERTY
@given(example=ecma_files())
def test_ecmascript_fixes_through_the_server(example: Example, session: Session, syntax: SyntaxCheck) -> None:
    _check(session, syntax, example)
