"""Helpers for the issue-11 regression tests: a small project on disk, `check` run on it through
the CLI, and what a reviewer checks on the result (it parses, lints the same, kept its bytes)."""

from __future__ import annotations

import json
import os
import py_compile
import shutil
import subprocess
import sys
from pathlib import Path

from mistral_keyguard import cli

OLDEST_PYTHON = Path.home() / ".pyenv" / "versions"


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, body in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return root


def run_check(root: Path, *args: str, capsys=None) -> tuple[int, str, str]:
    """`mistral-keyguard check . ARGS` with `root` as the working directory."""
    cwd = os.getcwd()
    os.chdir(root)
    try:
        code = cli.main(["check", ".", *args])
    finally:
        os.chdir(cwd)
    if capsys is None:
        return code, "", ""
    out = capsys.readouterr()
    return code, out.out, out.err


def findings_json(root: Path, capsys) -> list[dict]:
    _, out, _ = run_check(root, "--output-format", "json", capsys=capsys)
    return json.loads(out)["findings"]


def oldest_python() -> str | None:
    """The oldest supported interpreter (3.10) when one is installed, for parse checks."""
    for candidate in (OLDEST_PYTHON / "3.10.13" / "bin" / "python3.10", Path("/usr/bin/python3.10")):
        if candidate.is_file():
            return str(candidate)
    found = sorted(OLDEST_PYTHON.glob("3.10*/bin/python3.10")) if OLDEST_PYTHON.is_dir() else []
    return str(found[0]) if found else shutil.which("python3.10")


def python_parses(path: Path) -> str | None:
    """None when `path` compiles on the oldest supported Python (or this one), else the error."""
    interpreter = oldest_python()
    if interpreter is None:
        try:
            py_compile.compile(str(path), doraise=True)
        except py_compile.PyCompileError as exc:
            return str(exc)
        return None
    done = subprocess.run([interpreter, "-c", "import ast, sys; ast.parse(open(sys.argv[1], 'rb').read())",
                           str(path)], capture_output=True, text=True, timeout=60)
    return None if done.returncode == 0 else done.stderr.strip().splitlines()[-1]


RUFF = str(Path(sys.executable).with_name("ruff")) if Path(sys.executable).with_name("ruff").is_file() \
    else shutil.which("ruff")  # in the `test` extra


def ruff_count(path: Path, select: str = "F,E") -> int:
    """How many findings `ruff check --select F,E` reports on `path` (our own config ignored)."""
    done = subprocess.run([RUFF, "check", "--isolated", "--select", select, "--output-format", "json",
                           "--no-cache", str(path)], capture_output=True, text=True, timeout=60)
    return len(json.loads(done.stdout or "[]"))


# ESLint comes with the VS Code extension's dev dependencies (installed by .ci/extra-setup).
ESLINT_HOME = Path(__file__).resolve().parents[2] / "vscode-extension" / "node_modules"


def eslint_available() -> bool:
    return shutil.which("node") is not None and (ESLINT_HOME / "eslint" / "bin" / "eslint.js").is_file() \
        and (ESLINT_HOME / "@eslint" / "js").is_dir()


def eslint_count(path: Path, module: bool = False) -> int:
    """How many problems ESLint's recommended set reports on `path` (Node globals known)."""
    config = path.parent / "eslint.keyguard-test.config.mjs"
    js = (ESLINT_HOME / "@eslint" / "js" / "src" / "index.js").as_uri()
    config.write_text(
        f'import js from "{js}";\n'
        "const node = Object.fromEntries(['process', 'console', 'require', 'module', 'exports', '__dirname',"
        " 'fetch', 'Buffer', 'setTimeout', 'Response', 'Request', 'TextEncoder', 'TextDecoder'].map((name) => [name, 'writable']));\n"
        "export default [js.configs.recommended, { languageOptions: { ecmaVersion: 2022, sourceType: "
        f"'{'module' if module else 'commonjs'}', globals: node }} }}];\n", encoding="utf-8")
    try:
        done = subprocess.run(["node", str(ESLINT_HOME / "eslint" / "bin" / "eslint.js"), "--no-ignore", "--config",
                               str(config), "--format", "json", path.name], capture_output=True, text=True,
                              timeout=120, cwd=path.parent)  # ESLint 9 lints only below its working directory
    finally:
        config.unlink()
    return sum(len(result["messages"]) for result in json.loads(done.stdout))  # errors and warnings
