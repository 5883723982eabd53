"""The one-way layers of docs/architecture.md, as import-linter checks them in CI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "server" / "mistral_keyguard"
LINT_IMPORTS = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))


def _layers() -> list[list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    return [[name.strip() for name in re.split(r"[:|]", layer)] for layer in contract["layers"]]


def _lint(package_parent: Path) -> subprocess.CompletedProcess:
    if not Path(LINT_IMPORTS).exists():
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    env = {"PYTHONPATH": str(package_parent), "PATH": "/usr/bin:/bin"}
    return subprocess.run([LINT_IMPORTS, "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          capture_output=True, text=True, env=env, cwd=package_parent, timeout=300)


def test_every_module_of_the_package_sits_in_a_layer() -> None:
    listed = {name for layer in _layers() for name in layer}
    present = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    present |= {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert present - listed == set(), "add new modules to the layers contract in pyproject.toml"
    assert listed - present == set(), "the layers contract names modules that no longer exist"


def test_the_layers_contract_holds() -> None:
    run = _lint(PACKAGE.parent)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 kept, 0 broken" in run.stdout


def test_a_back_edge_breaks_the_contract(tmp_path: Path) -> None:
    """A core module importing the CLI is exactly what the contract exists to stop."""
    copy = tmp_path / "mistral_keyguard"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    languages = copy / "languages.py"
    languages.write_text(languages.read_text(encoding="utf-8") + "\nfrom mistral_keyguard import cli  # noqa\n",
                         encoding="utf-8")
    run = _lint(tmp_path)
    assert run.returncode != 0
    assert "mistral_keyguard.languages -> mistral_keyguard.cli" in run.stdout
