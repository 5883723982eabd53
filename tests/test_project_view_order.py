"""A module's summary does not depend on the order the project view is asked in: `check` scans
files in its walk's order, the editor in the order files are opened, and both must agree.

Two trees make the order matter: an entry file that asks the app's summary one hop deeper than
the error middleware does (`express_error_middleware_entry`), and two modules that import each
other (`import_cycle_helpers`)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from keyguard_testing import FIXTURES
from mistral_keyguard.languages import language_for_path
from mistral_keyguard.project import FORWARDS_ERRORS, REACHES_MISTRAL
from mistral_keyguard.project_view import MAX_DEPTH, ProjectView
from mistral_keyguard.runner import scan_paths
from mistral_keyguard.settings import Settings
from test_fixtures import expected

ENTRY = "express_error_middleware_entry"
CYCLE = "import_cycle_helpers"
MIDDLEWARE = "src/middlewares/error.middleware.js"


def _tree(tmp_path: Path, name: str) -> Path:
    tree = tmp_path / name
    shutil.copytree(FIXTURES / "MK006" / name, tree)
    return tree.resolve()


def _imported(view: ProjectView, tree: Path, rel: str) -> dict:
    path = tree / rel
    return view.imported_facts(path, path.read_bytes(), language_for_path(path), tree)


def _forwarded(view: ProjectView, tree: Path) -> dict:
    path = tree / MIDDLEWARE
    return view.errors_forwarded_to(path, path.read_bytes(), "javascript", tree)


def test_the_app_summary_asked_deep_first_is_the_one_asked_shallow(tmp_path: Path) -> None:
    """`index.js` asks the app's summary one hop deep, where its routes are a helper of a helper;
    the error middleware asks it at the top. Either order gives each question the same answer."""
    tree = _tree(tmp_path, ENTRY)
    alone = _forwarded(ProjectView(Settings()), tree)
    assert FORWARDS_ERRORS in alone

    entry_first = ProjectView(Settings())
    from_entry = _imported(entry_first, tree, "index.js")
    assert _forwarded(entry_first, tree) == alone

    middleware_first = ProjectView(Settings())
    _forwarded(middleware_first, tree)
    assert _imported(middleware_first, tree, "index.js") == from_entry == _imported(ProjectView(Settings()),
                                                                                    tree, "index.js")


def test_a_module_of_an_import_cycle_has_one_summary_from_any_entry(tmp_path: Path) -> None:
    """`llm.py` and `text.py` import each other. `cli.py` asks `text.py` while `llm.py` is being
    made; `routes.py` asks it through `helpers.py`. `answer` reaches Mistral whichever came first."""
    tree = _tree(tmp_path, CYCLE)
    alone = _imported(ProjectView(Settings()), tree, "routes.py")
    assert alone["answer"].kind == REACHES_MISTRAL

    cli_first = ProjectView(Settings())
    from_cli = _imported(cli_first, tree, "cli.py")
    assert _imported(cli_first, tree, "routes.py") == alone

    routes_first = ProjectView(Settings())
    _imported(routes_first, tree, "routes.py")
    assert _imported(routes_first, tree, "cli.py") == from_cli


@pytest.mark.parametrize("name", [ENTRY, CYCLE])
def test_check_finds_what_each_file_scanned_alone_finds(tmp_path: Path, name: str) -> None:
    """`check` scans the tree in its walk's order (the entry file, the cycle's other importer
    first); the inline expectations are what a scan of each file with a fresh view finds
    (`test_fixtures`)."""
    tree = _tree(tmp_path, name)
    results, _notes, _count = scan_paths([tree], Settings(), jobs=1, base=tree)
    found = {(r.path, f.span.start.line + 1, f.code) for r in results for f in r.findings}  # paths from `base`
    want = {(path.relative_to(tree).as_posix(), line, code)
            for path in tree.rglob("*") if path.is_file() for line, code in expected(path)}
    assert found == want


@pytest.mark.parametrize("name", [ENTRY, CYCLE, "ptb_error_handler", "express_error_middleware_barrel",
                                  "project_view_py"])
def test_every_summary_is_the_one_a_fresh_view_makes_at_its_depth(tmp_path: Path, name: str) -> None:
    """Each module of a tree asked at every depth, in a shuffled order (fixed seed) of one view, gets
    the answer a view that was asked nothing before gives: summaries are reused across the depths
    they hold at, never beyond."""
    tree = _tree(tmp_path, name)
    modules = sorted(p for p in tree.rglob("*") if p.is_file() and language_for_path(p) in ("python", "javascript",
                                                                                             "typescript"))
    questions = [(module, depth) for module in modules for depth in range(MAX_DEPTH + 2)]
    random.Random(7).shuffle(questions)
    shared = ProjectView(Settings())
    for module, depth in questions:
        assert shared._summary_pair(module, tree, depth) == ProjectView(Settings())._summary_pair(module, tree, depth), \
            (module.relative_to(tree), depth)
