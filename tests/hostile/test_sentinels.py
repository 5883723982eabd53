"""The sentinel suite (issue 12, never echo a key): hundreds of generated keys planted in every
supported context and file type, in settings, file names and broken files; every output format,
`--verbose`, `--diff`, `--fix` and bad flags must show none of them, nor any run of more than 8 of
a sentinel's characters (case-folded: `--select` upper-cases what it echoes).

The only places a sentinel may appear are the user's own files and the edits `--fix` writes."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import pytest

import corpus
from hostile_support import run_cli

COPIES = 12  # each template is planted this many times, each copy with fresh keys
_RUN = re.compile(r"[A-Za-z0-9]{9,}")


def _templates() -> dict[str, callable]:
    """File name -> text builder taking a key source `k()` (each call a new sentinel)."""
    py = lambda k: (  # noqa: E731
        "import logging\nimport os\nimport requests\nfrom mistralai import Mistral\n"
        f'client = Mistral(api_key="{k()}")\n'
        f'key = os.getenv("MISTRAL_API_KEY", "{k()}")\n'
        f'HEADERS = {{"Authorization": "Bearer {k()}"}}  # api.mistral.ai\n'
        f'# client = Mistral(api_key="{k()}")\n'
        f'split = Mistral(api_key="{(s := k())[:16]}" "{s[16:]}")\n'
        'pieces = Mistral(api_key="' + '" "'.join((p := k())[i:i + 7] for i in range(0, 32, 7)) + '")\n'
        f'logging.info("key %s", "{k()}")\n'
        f'MISTRAL_TOKEN = "{k()}"\n'
    )
    js = lambda k: (  # noqa: E731
        'import { Mistral } from "@mistralai/mistralai";\n'
        f'const client = new Mistral({{ apiKey: "{k()}" }});\n'
        f'const fallback = process.env.MISTRAL_API_KEY || "{k()}";\n'
        f'fetch("https://api.mistral.ai/v1/models", {{ headers: {{ Authorization: `Bearer {k()}` }} }});\n'
        f'const key = "{(s := k())[:10]}" +\n  "{s[10:]}";\nnew Mistral({{ apiKey: key }});\n'
        f'// a\x0cform feed and a \u2028 separator\nconst later = "{(t := k())[:16]}" +\n  "{t[16:]}";\n'
        "new Mistral({ apiKey: later });\n"
    )
    return {
        "app.py": py,
        "server.js": js,
        "client.tsx": lambda k: js(k) + f'export const A = () => <div data-key="{k()}" />;\n',
        "page.html": lambda k: f'<script>import {{ Mistral }} from "@mistralai/mistralai";'
                               f'new Mistral({{ apiKey: "{k()}" }});</script>\n',
        "App.vue": lambda k: f'<script setup>\nconst c = new Mistral({{ apiKey: "{k()}" }});\n</script>\n',
        ".env": lambda k: f"MISTRAL_API_KEY={k()}\nVITE_MISTRAL_API_KEY={k()}\n",
        ".env.production": lambda k: f"\ufeffNEXT_PUBLIC_MISTRAL_KEY={k()}\rMISTRAL_API_KEY={k()}\r",
        "settings.json": lambda k: json.dumps({"mistral": {"apiKey": k()}, "MISTRAL_API_KEY": k()}),
        "compose.yaml": lambda k: f"services:\n  web:\n    environment:\n      MISTRAL_API_KEY: {k()}\n",
        "Dockerfile": lambda k: f"FROM python:3.12\nENV MISTRAL_API_KEY={k()}\nRUN curl -H 'Authorization: Bearer {k()}' https://api.mistral.ai\n",
        "config.toml": lambda k: f'[mistral]\napi_key = "{k()}"\n',
        "setup.cfg": lambda k: f"[mistral]\napi_key = {k()}\n",
        "notebook.ipynb": lambda k: json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "source": [
            "from mistralai import Mistral\n", f'client = Mistral(api_key="{k()}")\n', f"%env MISTRAL_API_KEY={k()}\n"],
            "outputs": [{"output_type": "stream", "name": "stdout", "text": [f"key {k()}\n"]}]}],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5}),
        "README.md": lambda k: f"Set `MISTRAL_API_KEY={k()}`.\n",
        "broken.ts": lambda k: f'const MISTRAL_API_KEY = "{k()}"; function ( {{\n',
    }


def _plant(root: Path, rng: random.Random) -> list[str]:
    keys: list[str] = []

    def k() -> str:
        keys.append(corpus.make_key(rng))
        return keys[-1]

    root.mkdir()
    for copy in range(COPIES):
        folder = root / f"part{copy}"
        folder.mkdir()
        for name, build in _templates().items():
            (folder / name).write_text(build(k), encoding="utf-8", newline="")
        (folder / f"{k()}.py").write_text(f'from mistralai import Mistral\nMistral(api_key="{k()}")\n')
        (folder / "latin1.py").write_bytes(b"# caf\xe9\n" + f'MISTRAL_API_KEY = "{k()}"\n'.encode())
        (folder / "utf16.json").write_bytes(json.dumps({"MISTRAL_API_KEY": k()}).encode("utf-16"))
        (folder / "deep.yaml").write_text(f"MISTRAL_API_KEY: {k()}\n" + "".join(
            "  " * i + f"k{i}:\n" for i in range(260)))
    (root / ".gitignore").write_text("[z-a]\n!\n")
    (root / "package.json").write_text('{"dependencies": {"vite": "5", "@mistralai/mistralai": "1"}}\n')
    (root / "requirements.txt").write_text("mistralai\npython-dotenv\n")
    (root / ".mistral-keyguard.toml").write_text(
        f'severity = {{MK001 = "{k()}"}}\nexclude = ["{k()}[z-a]"]\n"{k()}" = 1\nclient-globs = ["{k()}"]\n')
    return keys


def _windows(keys: list[str]) -> set[str]:
    return {key[i:i + 9].lower() for key in keys for i in range(len(key) - 8)}


def _leaks(text: str, windows: set[str]) -> list[str]:
    found = []
    for run in _RUN.findall(text):
        lower = run.lower()
        if any(lower[i:i + 9] in windows for i in range(len(lower) - 8)):
            found.append(run)
    return found


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("sentinels") / "tree"
    keys = _plant(root, random.Random(20261207))
    assert len(keys) >= 300
    return root, keys


RUNS = [
    ["--output-format", "text"],
    ["--output-format", "text", "--verbose"],
    ["--output-format", "json", "--verbose"],
    ["--output-format", "sarif"],
    ["--output-format", "github"],
    ["--diff", "--unsafe-fixes"],
]


@pytest.mark.parametrize("extra", RUNS, ids=[" ".join(r) for r in RUNS])
def test_no_sentinel_in_any_output(planted, extra):
    root, keys = planted
    proc = run_cli("check", str(root), *extra, cwd=root)
    output = proc.stdout + proc.stderr
    assert proc.returncode in (1, 2), output[-2000:]
    assert "Traceback" not in output and ("MK001" in output or "--diff" in extra)
    assert _leaks(output, _windows(keys)) == [], f"{len(keys)} sentinels planted"


def test_the_detector_sees_a_run_of_nine(planted):
    _, keys = planted
    windows = _windows(keys)
    assert _leaks(f"x {keys[7][3:12].upper()} y", windows) == [keys[7][3:12].upper()]
    assert _leaks(f"{keys[7][:4]}{'*' * 24}{keys[7][-4:]} {keys[7][:8]}", windows) == []


def test_no_sentinel_from_fix_or_bad_flags(planted, tmp_path):
    root, keys = planted
    copy = tmp_path / "copy"
    shutil.copytree(root, copy, symlinks=True)
    windows = _windows(keys)
    proc = run_cli("check", str(copy), "--fix", "--unsafe-fixes", "--verbose", cwd=copy)
    assert "Traceback" not in proc.stderr
    assert _leaks(proc.stdout + proc.stderr, windows) == []
    for flag in ("--select", "--ignore", "--exclude", "--config"):
        proc = run_cli("check", str(root), flag, keys[0], cwd=root)
        assert _leaks(proc.stdout + proc.stderr, windows) == [], flag
