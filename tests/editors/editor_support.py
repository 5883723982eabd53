"""Shared plumbing for the real-editor tests: skip or fail on missing programs, build the .vsix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "vscode-extension"
ARTIFACTS = ROOT / "test-artifacts"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, what: str) -> None:
    """Skip when a prerequisite is missing on a developer machine; in CI, .ci/extra-setup installs
    every prerequisite, so a missing one is a failure there."""
    if condition:
        return
    message = f"{what} (installed by .ci/extra-setup)"
    if in_ci():
        pytest.fail(f"prerequisite missing in CI: {message}")
    pytest.skip(f"prerequisite missing: {message}")


def which(name: str) -> str | None:
    return shutil.which(name)


def server_command() -> list[str]:
    """The server as the editors start it: this interpreter, which has the package installed."""
    return [sys.executable, "-m", "mistral_keyguard", "server"]


def _newest_mtime(paths: list[Path]) -> float:
    newest = 0.0
    for base in paths:
        files = [base] if base.is_file() else [p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        for f in files:
            newest = max(newest, f.stat().st_mtime)
    return newest


def platform_vsix() -> Path:
    """The linux-x64 package with the bundled server, rebuilt when the sources are newer."""
    version = _package_version()
    vsix = EXTENSION / f"mistral-keyguard-linux-x64-{version}.vsix"
    sources = [EXTENSION / "src", EXTENSION / "package.json", EXTENSION / "bundled-src",
               ROOT / "server", ROOT / "queries", ROOT / "pyproject.toml"]
    if vsix.exists() and vsix.stat().st_mtime >= _newest_mtime(sources):
        return vsix
    subprocess.run([sys.executable, "scripts/bundle_server.py", "--target", "linux-x64"],
                   cwd=EXTENSION, check=True, capture_output=True, text=True)
    subprocess.run(["npx", "--no-install", "vsce", "package", "--no-dependencies", "--target", "linux-x64"],
                   cwd=EXTENSION, check=True, capture_output=True, text=True)
    return vsix


def _package_version() -> str:
    import json

    return json.loads((EXTENSION / "package.json").read_text())["version"]
