"""Quality on the labelled development corpus in ../shared/eval (skipped when it is absent).

The corpus is copied outside any git work tree first: each project folder stands for a
repository of its own, and its `.gitignore` decides which `.env` files count as committed.
"""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from keyguard_testing import SHARED_EVAL
from mistral_keyguard.catalogue import RULES
from mistral_keyguard.runner import scan_paths
from mistral_keyguard.settings import Settings

CORPUS = SHARED_EVAL / "dev-corpus"
pytestmark = pytest.mark.skipif(not (CORPUS / "labels.jsonl").is_file(), reason="../shared/eval is absent")

# The bar: precision and recall of at least 0.95 for each rule.
THRESHOLD = 0.95


def match(findings: set[tuple[str, int, str]], labels: set[tuple[str, int, str]]):
    """One-to-one pairing, same path and rule, |line difference| <= 1, closest line first."""
    free = set(labels)
    tp, fp = [], []
    for path, line, rule in sorted(findings):
        candidates = sorted((abs(l - line), (p, l, r)) for p, l, r in free if p == path and r == rule and abs(l - line) <= 1)
        if candidates:
            tp.append(candidates[0][1])
            free.discard(candidates[0][1])
        else:
            fp.append((path, line, rule))
    return tp, fp, sorted(free)


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    copy = tmp_path_factory.mktemp("corpus") / "dev-corpus"
    shutil.copytree(CORPUS, copy)
    results, _, _ = scan_paths([copy], Settings(), base=copy)
    findings = {(f.path, f.span.start.line + 1, f.code) for r in results for f in r.findings}
    labels = {(d["path"], d["line"], d["rule"])
              for d in map(json.loads, (CORPUS / "labels.jsonl").read_text().splitlines()) if d}
    tp, fp, fn = match(findings, labels)
    per_rule = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for kind, items in (("tp", tp), ("fp", fp), ("fn", fn)):
        for item in items:
            per_rule[item[2]][kind] += 1
    return per_rule, fp, fn


@pytest.mark.parametrize("code", list(RULES))
def test_rule_quality_on_corpus(scored, code):
    per_rule, fp, fn = scored
    counts = per_rule[code]
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    detail = [f"FP {x}" for x in fp if x[2] == code] + [f"FN {x}" for x in fn if x[2] == code]
    print(f"{code}: precision {precision:.3f} recall {recall:.3f} {counts}")
    assert precision >= THRESHOLD and recall >= THRESHOLD, "\n".join(detail)


def test_overall_f1_on_corpus(scored):
    per_rule, _, _ = scored
    tp = sum(c["tp"] for c in per_rule.values())
    fp = sum(c["fp"] for c in per_rule.values())
    fn = sum(c["fn"] for c in per_rule.values())
    f1 = 2 * tp / max(1, 2 * tp + fp + fn)
    assert f1 >= 0.97, f"overall F1 {f1:.3f}"
