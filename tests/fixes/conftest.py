"""Fixtures shared by the tests that run fixed code with Node."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

NODE_PROJECT = Path(__file__).resolve().parent / "node"


@pytest.fixture(scope="session")
def node_project(tmp_path_factory) -> Path:
    """A folder with express, dotenv and @sveltejs/kit installed from the committed lockfile."""
    npm = shutil.which("npm")
    if shutil.which("node") is None or npm is None:
        pytest.skip("node or npm is not installed")
    folder = tmp_path_factory.mktemp("node-proxy")
    for name in ("package.json", "package-lock.json", ".npmrc"):
        shutil.copy(NODE_PROJECT / name, folder)
    done = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=folder,
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        pytest.skip(f"npm ci failed (offline?): {done.stderr.strip()[:200]}")
    return folder
