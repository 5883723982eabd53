"""Round trip of every offered fix over the fixtures and the dev corpus (see `roundtrip.py`)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from keyguard_testing import SHARED_EVAL
from fixes.roundtrip import check_fix, fix_all_is_idempotent, scan
from mistral_keyguard.settings import Settings
from mistral_keyguard.workspace import walk

CORPUS = SHARED_EVAL / "dev-corpus"


def _run(tree: Path) -> tuple[Counter, list[str]]:
    counts: Counter = Counter()
    failures = []
    for path in walk([tree], Settings(), []):
        if ".fixed." in path.name or path.suffix == ".expect":
            continue
        findings = scan(path, with_fixes=True)
        for finding in findings:
            counts[(finding.code, "(findings)", "with a fix" if finding.fixes else "without")] += 1
            for fix in finding.fixes:
                problems = check_fix(path, findings, finding, fix)
                counts[(finding.code, fix.id, "ok" if not problems else "failed")] += 1
                if problems:
                    failures.append(f"{path.relative_to(tree)} line {finding.line + 1} {finding.code}/{fix.id}: "
                                    + "; ".join(problems))
        if any(f.fixes for f in findings):
            problems = fix_all_is_idempotent(path)
            counts[("fixAll", "twice", "ok" if not problems else "failed")] += 1
            failures += [f"{path.relative_to(tree)}: {p}" for p in problems]
    return counts, failures


def _report(name: str, counts: Counter) -> None:
    fixes = sum(n for (code, fix_id, _), n in counts.items() if code != "fixAll" and fix_id != "(findings)")
    lines = [f"{name}: {fixes} fixes round-tripped"]
    for (code, fix_id, verdict), n in sorted(counts.items()):
        lines.append(f"  {code} {fix_id:15} {verdict:6} {n}")
    print("\n".join(lines))


def test_roundtrip_fixtures(fixture_copy: Path) -> None:
    counts, failures = _run(fixture_copy)
    _report("fixtures", counts)
    assert counts, "no fix was offered on any fixture"
    assert not failures, "\n".join(failures)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="dev corpus not present")
def test_roundtrip_corpus(tmp_path_factory) -> None:
    corpus = tmp_path_factory.mktemp("corpus") / "dev-corpus"
    shutil.copytree(CORPUS, corpus)
    counts, failures = _run(corpus)
    _report("dev corpus", counts)
    assert not failures, "\n".join(failures)
