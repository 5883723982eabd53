"""`check` on whole placement fixture trees: the first pass's plan (which modules have a signal,
who imports them, which roots hold front-end files) decides what a worker knows of a module's
importers, so a tree placed right by `scan_file` alone must also be placed right by `check`.
The trees' inline expectations (`expect: MK002`) are the assertions, for every rule."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from keyguard_testing import FIXTURES
from test_fixtures import expected

# Trees whose placement rests on the import graph or on the project's runtime.
TREES = ("MK002/next_pages_codestral", "MK002/nativescript_app", "MK002/device_runtime_imports",
         "MK002/figma_plugin", "MK002/pwa_manifest_lookalike", "MK002/office_addin",
         "MK002/wxt_extension", "MK002/page_entry_no_manifest", "MK002/astro_island",
         "MK002/keyed_instance_chain", "MK002/quasar_src_aliases",
         "MK002/uxp_plugin", "MK002/keyed_instance_components")


def _findings(tree: Path) -> set[tuple[str, int, str]]:
    run = subprocess.run([sys.executable, "-m", "mistral_keyguard", "check", ".", "--no-cache",
                          "--output-format", "sarif"], cwd=tree, capture_output=True, text=True, timeout=120)
    assert run.returncode in (0, 1), run.stderr
    found = set()
    for result in json.loads(run.stdout)["runs"][0]["results"]:
        where = result["locations"][0]["physicalLocation"]
        found.add((where["artifactLocation"]["uri"], where["region"]["startLine"], result["ruleId"]))
    return found


@pytest.mark.parametrize("name", TREES)
def test_check_places_the_tree_as_its_expectations_say(name: str, tmp_path: Path) -> None:
    source = FIXTURES / name
    tree = tmp_path / source.name
    shutil.copytree(source, tree)
    want = {(path.relative_to(source).as_posix(), line, code)
            for path in source.rglob("*") if path.is_file()
            for line, code in expected(path)}
    found = _findings(tree)
    assert found == want, f"missed {sorted(want - found)}, unexpected {sorted(found - want)}"
