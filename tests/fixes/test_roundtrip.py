"""Round trip of every offered fix over the fixtures and the dev corpus (see `roundtrip.py`)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from keyguard_testing import FIXTURES, SHARED_EVAL
from fixes.roundtrip import check_fix, scan
from mistral_keyguard.languages import language_for_path
from mistral_keyguard.settings import Settings
from mistral_keyguard.workspace import walk

CORPUS = SHARED_EVAL / "dev-corpus"


def _cases(tree: Path) -> list[tuple[Path, int, str]]:
    out = []
    for path in walk([tree], Settings(), []):
        if ".fixed." in path.name or path.suffix == ".expect":
            continue
        for index, finding in enumerate(scan(path, with_fixes=True)):
            for fix in finding.fixes:
                out.append((path, index, fix.id, finding.code))
    return out


def _run(tree: Path, tmp_path: Path) -> tuple[Counter, list[str]]:
    counts: Counter = Counter()
    failures = []
    for path, index, fix_id, code in _cases(tree):
        problems = check_fix(path, index, fix_id, tmp_path)
        counts[(code, fix_id, "ok" if not problems else "failed")] += 1
        if problems:
            failures.append(f"{path.relative_to(tree)} #{index} {code}/{fix_id}: {'; '.join(problems)}")
    return counts, failures


def _report(name: str, counts: Counter) -> None:
    lines = [f"{name}: {sum(counts.values())} fixes round-tripped"]
    for (code, fix_id, verdict), n in sorted(counts.items()):
        lines.append(f"  {code} {fix_id:15} {verdict:6} {n}")
    print("\n".join(lines))


def test_roundtrip_fixtures(fixture_copy: Path, tmp_path: Path) -> None:
    counts, failures = _run(fixture_copy, tmp_path)
    _report("fixtures", counts)
    assert counts, "no fix was offered on any fixture"
    assert not failures, "\n".join(failures)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="dev corpus not present")
def test_roundtrip_corpus(tmp_path_factory, tmp_path: Path) -> None:
    corpus = tmp_path_factory.mktemp("corpus") / "dev-corpus"
    shutil.copytree(CORPUS, corpus)
    counts, failures = _run(corpus, tmp_path)
    _report("dev corpus", counts)
    assert not failures, "\n".join(failures)
