"""`check`'s cache of the first pass: a run that reads its facts from the cache finds exactly what a
run without it finds; a changed file is sifted again; a damaged, unreadable or unwritable cache is
no cache; the cache holds no key."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyguard_testing import FIXTURES, ROOT, make_key

from mistral_keyguard import first_pass_cache, runner, workspace
from mistral_keyguard.settings import Settings


def _outcome(tree: Path, cache: Path | None, **options) -> tuple[set, list[str]]:
    runner._VIEWS.clear()  # each run starts like a new process
    results, notes, _count = runner.scan_paths([tree], options.pop("settings", Settings()), base=tree,
                                               cache=cache, **options)
    return {(r.path, f.span, f.code, f.message, f.related) for r in results for f in r.findings}, sorted(notes)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    copy = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, copy)
    return copy


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """One rule's fixtures: enough files for the tests of damage, which need no breadth."""
    copy = tmp_path / "small"
    shutil.copytree(FIXTURES / "MK004", copy)
    return copy


def _sifts(monkeypatch) -> list[int]:
    """Counts the files whose first pass facts are worked out (not read from the cache)."""
    calls = [0]
    original = workspace.first_pass_facts

    def counting(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)
    monkeypatch.setattr(workspace, "first_pass_facts", counting)
    return calls


@pytest.mark.parametrize("project_view", [True, False])
def test_a_run_from_the_cache_finds_what_a_run_without_it_finds(tree: Path, tmp_path: Path, monkeypatch,
                                                                   project_view: bool) -> None:
    cache = tmp_path / "cache"
    without = _outcome(tree, None, jobs=1, project_view=project_view)
    assert any(code == "MK006" for _p, _s, code, _m, _r in without[0])
    calls = _sifts(monkeypatch)
    assert _outcome(tree, cache, jobs=1, project_view=project_view) == without  # fills the cache
    filled = calls[0]
    assert filled > 100 and list(cache.glob("first-pass-*"))
    assert _outcome(tree, cache, jobs=1, project_view=project_view) == without
    assert calls[0] == filled, "every fact of the second run came from the cache"


def test_workers_read_the_cache_the_parent_loaded(tree: Path, tmp_path: Path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    alone = _outcome(tree, None, jobs=1)
    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 1)
    assert _outcome(tree, cache, jobs=2) == alone
    assert _outcome(tree, cache, jobs=2) == alone


def test_a_changed_file_is_sifted_again(tmp_path: Path) -> None:
    tree, cache, key = tmp_path / "app", tmp_path / "cache", make_key()
    tree.mkdir()
    (tree / "client.py").write_text("from mistralai import Mistral\nclient = Mistral(api_key=os.environ['K'])\n")
    assert _outcome(tree, cache, jobs=1)[0] == set()
    (tree / "client.py").write_text(f'from mistralai import Mistral\nclient = Mistral(api_key="{key}")\n')
    assert {code for _p, _s, code, _m, _r in _outcome(tree, cache, jobs=1)[0]} == {"MK001"}


def test_other_settings_use_another_cache_file(small: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _outcome(small, cache, jobs=1)
    only = Settings(select=frozenset({"MK004"}))
    found, _notes = _outcome(small, cache, jobs=1, settings=only)
    assert found == _outcome(small, None, jobs=1, settings=only)[0]
    assert {code for _p, _s, code, _m, _r in found} == {"MK004"}
    assert len(list(cache.glob("first-pass-*"))) == 2


HEADER = first_pass_cache._HEADER.encode()


@pytest.mark.parametrize("damage", [
    b"", b"{", b"[1, 2]", HEADER[:-3], b'{"format": 1, "entries": {}}', HEADER + b"no tab here\n",
    b"\xff\xfe\x00garbage", HEADER + b"\xff\xfe\x00garbage\t\x80\n",
])
def test_a_damaged_cache_file_is_an_empty_cache(small: Path, tmp_path: Path, damage: bytes) -> None:
    cache = tmp_path / "cache"
    expected = _outcome(small, cache, jobs=1)
    [stored] = cache.glob("first-pass-*")
    stored.write_bytes(damage)
    assert _outcome(small, cache, jobs=1) == expected
    assert stored.read_bytes().startswith(HEADER) and len(stored.read_text().splitlines()) > 2, \
        "the damaged file was replaced"


def test_damaged_entries_are_dropped_and_made_again(small: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    expected = _outcome(small, cache, jobs=1)
    [stored] = cache.glob("first-pass-*")
    header, *lines = stored.read_text().splitlines()
    damages = ['[true,"not a list",null,0,0,{}]', "[1,2,3,4,5,6]", "[" * 100_000, '[1,[],0,0,0,[3]]', "{", ""]
    for n, damage in enumerate(damages):
        lines[n] = lines[n].split("\t")[0] + "\t" + damage
    stored.write_text("\n".join([header, *lines]) + "\n")
    assert _outcome(small, cache, jobs=1) == expected
    assert not any("not a list" in line for line in stored.read_text().splitlines()), "damaged lines were made again"


def test_an_unwritable_cache_folder_only_costs_time(small: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    assert _outcome(small, blocked / "cache", jobs=1) == _outcome(small, None, jobs=1)


def test_a_cache_file_that_is_a_link_is_not_read(small: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    expected = _outcome(small, cache, jobs=1)
    [stored] = cache.glob("first-pass-*")
    elsewhere = tmp_path / "elsewhere.json"
    stored.rename(elsewhere)
    stored.symlink_to(elsewhere)
    assert first_pass_cache._load(stored) == {}
    assert _outcome(small, cache, jobs=1) == expected


def test_the_cache_holds_no_key(tmp_path: Path) -> None:
    """Not the literal, nor a key standing in an import statement (a comment inside the clause,
    a module specifier's query), which is text the cache would otherwise keep."""
    tree, cache = tmp_path / "app", tmp_path / "cache"
    keys = [make_key() for _ in range(3)]
    tree.mkdir()
    (tree / "settings.py").write_text(f'MISTRAL_API_KEY = "{keys[0]}"\n')
    (tree / "app.py").write_text(f"from settings import (  # the old one: {keys[1]}\n    MISTRAL_API_KEY,\n)\n"
                                 "from mistralai import Mistral\nclient = Mistral(api_key=MISTRAL_API_KEY)\n")
    (tree / "page.js").write_text(f'import sdk from "https://cdn.example.com/sdk.js?key={keys[2]}";\n'
                                  'import {{ ask }} from "./ask.js";\nsdk.init();\n')
    (tree / "ask.js").write_text('export const ask = () => fetch("https://api.mistral.ai/v1/models");\n')
    assert _outcome(tree, cache, jobs=1)[0]
    stored = "".join(path.read_text() for path in cache.iterdir())
    [entries] = [path.read_text().splitlines()[1:] for path in cache.iterdir()]
    assert len(entries) == 2, "the two files with a key in an import statement are not kept"
    for key in keys:
        assert key not in stored and key[:12] not in stored and key[-12:] not in stored
    assert _outcome(tree, cache, jobs=1) == _outcome(tree, None, jobs=1)


def test_old_cache_files_are_pruned(small: Path, tmp_path: Path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    for n in range(5):
        (cache / f"first-pass-old{n}.txt").write_text("{}")
        os.utime(cache / f"first-pass-old{n}.txt", (1, 1))
    monkeypatch.setattr(first_pass_cache, "_MAX_CACHE_FILES", 3)
    _outcome(small, cache, jobs=1)
    assert len(list(cache.glob("first-pass-*"))) == 3


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(first_pass_cache.CACHE_ENV, str(tmp_path))
    assert first_pass_cache.cache_folder() == tmp_path
    monkeypatch.setenv(first_pass_cache.CACHE_ENV, "")
    assert first_pass_cache.cache_folder() is None
    monkeypatch.delenv(first_pass_cache.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert first_pass_cache.cache_folder() == tmp_path / "xdg" / "mistral-keyguard"


def test_check_writes_the_cache_unless_told_not_to(tmp_path: Path) -> None:
    tree, cache = tmp_path / "app", tmp_path / "cache"
    tree.mkdir()
    (tree / "app.py").write_text("from mistralai import Mistral\n")
    env = {**os.environ, first_pass_cache.CACHE_ENV: str(cache), "PYTHONPATH": str(ROOT / "server")}
    command = [sys.executable, "-m", "mistral_keyguard", "check", str(tree), "-q"]
    assert subprocess.run(command + ["--no-cache"], env=env, capture_output=True).returncode == 0
    assert not cache.exists()
    assert subprocess.run(command, env=env, capture_output=True).returncode == 0
    assert len(list(cache.glob("first-pass-*"))) == 1
