"""`check`'s shortcuts for the project view change no finding: the worker processes hand their
module summaries to the merging process, and an error middleware's second step resolves only the
imports of the files that may import it (and theirs), not every file's."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

from keyguard_testing import FIXTURES

from mistral_keyguard import runner
from mistral_keyguard.settings import Settings


def _findings(tree: Path, **options) -> set[tuple[str, int, str]]:
    results, _notes, _count = runner.scan_paths([tree], Settings(), base=tree, **options)
    return {(r.path, f.line, f.code) for r in results for f in r.findings}


def _fixture_trees(tmp_path: Path) -> Path:
    tree = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, tree)
    return tree


def test_two_workers_find_what_one_process_finds(tmp_path: Path, monkeypatch) -> None:
    tree = _fixture_trees(tmp_path)
    alone = _findings(tree, jobs=1)
    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 1)
    runner._VIEWS.clear()  # the merging process starts without the summaries of the serial run
    assert _findings(tree, jobs=2) == alone
    assert any(code == "MK006" and "middleware" in path for path, _line, code in alone)


def test_error_middlewares_learn_the_same_from_their_importers_alone(tmp_path: Path, monkeypatch) -> None:
    tree = _fixture_trees(tmp_path)
    restricted = _findings(tree, jobs=1)
    monkeypatch.setattr(runner, "_error_importers", lambda results, work, imports, resolver: set(range(len(work))))
    runner._VIEWS.clear()
    assert _findings(tree, jobs=1) == restricted


def test_modules_that_may_define_a_key_learn_the_same_from_the_imports_that_name_them(tmp_path: Path,
                                                                                         monkeypatch) -> None:
    tree = _fixture_trees(tmp_path)
    named = _findings(tree, jobs=1)
    monkeypatch.setattr(runner, "_naming_positions", lambda relevant, *rest: relevant)
    runner._VIEWS.clear()
    assert _findings(tree, jobs=1) == named


def test_precompile_builds_every_query_of_the_languages_asked() -> None:
    """`check` compiles the queries before it forks its workers, which start with them; unknown
    languages (None) and languages without queries are skipped."""
    from mistral_keyguard import queries

    queries.precompile({"python", None, "no-such-language"})
    names = {path.stem for path in (queries.queries_dir() / "python").glob("*.scm")}
    assert names and names <= {name for language, name in queries._COMPILED if language == "python"}


def test_a_scan_restores_the_cycle_collector_as_it_found_it(tmp_path: Path) -> None:
    """`check` makes collections rarer while it scans (`runner._rare_collections`); a caller that
    scans in a long-lived process (a test run, an editor) gets its thresholds back."""
    (tmp_path / "app.py").write_text("import os\nKEY = os.environ['MISTRAL_API_KEY']\n", encoding="utf-8")
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    seen = []
    original = runner._scan_paths
    runner._scan_paths = lambda *a, **k: seen.append(gc.get_threshold()) or original(*a, **k)
    try:
        runner.scan_paths([tmp_path], Settings(), jobs=1, base=tmp_path)
    finally:
        runner._scan_paths = original
    assert seen[0][0] >= runner._SCAN_GC_THRESHOLD and gc.get_freeze_count() == frozen
    assert gc.get_threshold() == before
