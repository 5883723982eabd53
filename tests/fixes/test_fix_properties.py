"""Property tests of every fix through the CLI (issue 11): on generated files (see `fix_shapes`),
`check --fix` (and with `--unsafe-fixes`) must leave files that parse (Python 3.10, node, tree-sitter),
with the fixed findings gone and none new, line endings and file mode kept, and a second `--fix`
with nothing to do. Each fix is also applied alone in memory, where the bytes outside its edits
must be unchanged and the key may land only in `.env` (`roundtrip.check_fix`).

A few hundred examples per property by default; KEYGUARD_PROPERTY_EXAMPLES=5000 for more.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from fixes.fix_shapes import Example, ecma_files, python_files  # noqa: E402
from fixes.reviewer import RUFF, ruff_count, run_check  # noqa: E402
from fixes.roundtrip import check_fix, identities, scan  # noqa: E402
from fixes.syntax_check import SyntaxCheck  # noqa: E402
from mistral_keyguard.fixes.apply import choose  # noqa: E402
from mistral_keyguard.fixes.project import gitignore_covers  # noqa: E402

RUFF_DEFAULT = "E4,E7,E9,F"  # ruff's default rule set
EXAMPLES = int(os.environ.get("KEYGUARD_PROPERTY_EXAMPLES", "200"))
COUNTS: Counter = Counter()
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("KEYGUARD_PROPERTY_RANDOM"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def syntax():
    checker = SyntaxCheck()
    yield checker
    checker.close()
    sys.__stderr__.write(f"\nfix properties: {COUNTS['examples']} examples, {COUNTS['findings']} findings, "
                         f"{COUNTS['fixes checked alone']} fixes checked alone, {COUNTS['fixes applied']} fixes "
                         f"applied by --fix, {COUNTS['files parsed']} files parsed "
                         f"(Python {checker.python_version}), {COUNTS['ruff runs']} ruff runs, failures: {COUNTS['failures']}\n")


def _project(tmp: Path, example: Example) -> Path:
    root = tmp / f"p{COUNTS['examples']}"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    for rel, text in example.manifest.items():
        (root / rel).write_text(text, encoding="utf-8")
    document = root / example.name
    document.write_bytes(example.data())
    document.chmod(example.mode)
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _applied(err: str) -> int:
    first = err.strip().splitlines()[0] if err.strip() else ""
    return int(first.split()[1]) if first.startswith("Applied ") else 0


def _check(example: Example, tmp: Path, syntax: SyntaxCheck, unsafe: bool, capsys) -> None:
    COUNTS["examples"] += 1
    root = _project(tmp, example)
    document = root / example.name
    lint_before = ruff_count(document, RUFF_DEFAULT) if document.suffix == ".py" and RUFF else 0
    before = scan(document, with_fixes=True)
    COUNTS["findings"] += len(before)
    problems = []
    for finding in before:
        for fix in finding.fixes:
            COUNTS["fixes checked alone"] += 1
            problems += [f"{finding.code}/{fix.id} alone: {p}" for p in check_fix(document, before, finding, fix)]
    flags = ["--fix", "--unsafe-fixes"] if unsafe else ["--fix"]
    _, _, err = run_check(root, *flags, capsys=capsys)
    COUNTS["fixes applied"] += _applied(err)
    after_files = _snapshot(root)
    for rel in after_files:
        COUNTS["files parsed"] += 1
        problem = syntax.problem(root / rel)
        if problem:
            problems.append(f"{rel}: {problem}")
    new = after_files[example.name]
    if example.newline == "\r\n" and new.replace(b"\r\n", b"").count(b"\n"):
        problems.append("a CRLF file gained LF line endings")
    if example.newline == "\n" and b"\r" in new:
        problems.append("an LF file gained CR characters")
    if document.suffix == ".py" and RUFF:
        COUNTS["ruff runs"] += 1
        lint_after = ruff_count(document, RUFF_DEFAULT)
        if lint_after > lint_before:
            problems.append(f"ruff's default rules: {lint_before} -> {lint_after} findings")
    try:
        new.decode("utf-8")
    except UnicodeDecodeError:
        problems.append("the file is no longer UTF-8")
    if ".env" in after_files and not gitignore_covers(after_files.get(".gitignore", b"").decode(), ".env"):
        problems.append(".env holds the key but .gitignore does not cover it")
    if document.stat().st_mode & 0o777 != example.mode:
        problems.append(f"mode {oct(document.stat().st_mode & 0o777)} instead of {oct(example.mode)}")
    fixable = Counter((f.code, f.secret_hash) for f in before if choose(f, unsafe=unsafe) is not None)
    left = identities(scan(document))
    for ident, count in left.items():
        if count > identities(before)[ident] - fixable[ident]:
            problems.append(f"{ident[0]} still or newly reported after --fix ({count} left)")
    run_check(root, *flags, capsys=capsys)
    if _snapshot(root) != after_files:
        problems.append("a second --fix changed files again")
    if problems:
        COUNTS["failures"] += 1
        pytest.fail(f"{example.shapes} newline={example.newline!r} final={example.final_newline}:\n"
                    + "\n".join(problems) + "\n--- source ---\n" + example.data().decode("utf-8"))


@PROPERTY
@given(example=python_files(), unsafe=hypothesis.strategies.booleans())
def test_python_fixes_keep_files_valid(example: Example, unsafe: bool, tmp_path_factory, syntax, capsys) -> None:
    _check(example, tmp_path_factory.getbasetemp(), syntax, unsafe, capsys)


@PROPERTY
@given(example=ecma_files(), unsafe=hypothesis.strategies.booleans())
def test_ecmascript_fixes_keep_files_valid(example: Example, unsafe: bool, tmp_path_factory, syntax, capsys) -> None:
    _check(example, tmp_path_factory.getbasetemp(), syntax, unsafe, capsys)
