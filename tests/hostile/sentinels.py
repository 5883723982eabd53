"""Planting sentinel keys and looking for them in output (imported by the sentinel suites).

Hundreds of generated keys in every supported context and file type, in settings, file names and
broken files; a leak is any run of more than 8 of a sentinel's characters, case-folded."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import corpus

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


def windows_of(keys: list[str]) -> set[str]:
    return {key[i:i + 9].lower() for key in keys for i in range(len(key) - 8)}


def leaks(text: str, windows: set[str]) -> list[str]:
    found = []
    for run in _RUN.findall(text):
        lower = run.lower()
        if any(lower[i:i + 9] in windows for i in range(len(lower) - 8)):
            found.append(run)
    return found


def plant(root: Path, seed: int) -> list[str]:
    return _plant(root, random.Random(seed))
