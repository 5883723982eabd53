"""No output format, log line or error message may contain a detected key in clear."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from keyguard_testing import make_key

FORMATS = ("text", "json", "sarif", "github")


def leaky_tree(root: Path) -> list[str]:
    keys = [make_key() for _ in range(6)]
    (root / "app.py").write_text(
        "from mistralai import Mistral\n"
        f'client = Mistral(api_key="{keys[0]}")\n'
        f'HEADERS = {{"Authorization": "Bearer {keys[1]}"}}  # api.mistral.ai\n'
        f'# client = Mistral(api_key="{keys[2]}")\n'
    )
    (root / "split.js").write_text(
        'import { Mistral } from "@mistralai/mistralai";\n'
        f'const key = "{keys[3][:16]}" +\n  "{keys[3][16:]}";\n'
        "const c = new Mistral({ apiKey: key });\n"
    )
    (root / "slip.py").write_text(f'import os\nk = os.getenv("{keys[4]}")\n')
    (root / "broken.ts").write_text(f'const MISTRAL_API_KEY = "{keys[5]}"; function ( {{\n')
    (root / "bad.py").write_bytes(b"\xff\xfe" + keys[0].encode())
    return keys


def test_no_format_prints_a_key(tmp_path):
    keys = leaky_tree(tmp_path)
    halves = [k[:16] for k in keys] + [k[16:] for k in keys]
    for fmt in FORMATS:
        for extra in ([], ["--verbose"]):
            proc = subprocess.run(
                [sys.executable, "-m", "mistral_keyguard", "check", str(tmp_path), "--output-format", fmt, *extra],
                capture_output=True, text=True, timeout=120,
            )
            assert proc.returncode == 1, proc.stderr
            everything = proc.stdout + proc.stderr
            assert "MK001" in everything
            for secret in keys:
                assert secret not in everything, f"{fmt}: a key leaked"
            for half in halves:
                assert half not in everything, f"{fmt}: half of a split key leaked"
