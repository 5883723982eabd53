"""A plain (non-editable) install, run from another directory, finds every query."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from keyguard_testing import ROOT, make_key


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    wheel_dir = tmp_path_factory.mktemp("wheel")
    target = tmp_path_factory.mktemp("site")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(ROOT)],
                           capture_output=True, text=True, timeout=300)
    if build.returncode != 0:
        pytest.fail(f"building the wheel failed: {build.stderr[-2000:]}")
    [wheel] = list(wheel_dir.glob("mistral_keyguard-*.whl"))
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                             capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    return target


def test_installed_wheel_scans_from_outside_the_repo(installed, tmp_path):
    key = make_key()
    (tmp_path / "app.ts").write_text(f'import {{ Mistral }} from "@mistralai/mistralai";\nnew Mistral({{ apiKey: "{key}" }});\n')
    env = dict(os.environ, PYTHONPATH=str(installed))
    probe = subprocess.run([sys.executable, "-c",
                            "import mistral_keyguard, mistral_keyguard.queries as q; print(mistral_keyguard.__file__); print(q.queries_dir());"
                            "from mistral_keyguard.catalogue import RULES; print(all(r.docs_path.is_file() for r in RULES.values()))"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    module_file, queries_dir, rule_docs_shipped = probe.stdout.split()
    assert rule_docs_shipped == "True", "the rule documentation that rule links open is not in the wheel"
    assert module_file.startswith(str(installed)) and queries_dir.startswith(str(installed))
    assert {p.name for p in Path(queries_dir).iterdir()} >= {"ecma", "javascript", "python", "tsx", "typescript"}
    proc = subprocess.run([sys.executable, "-m", "mistral_keyguard", "check", "."], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "app.ts:2:" in proc.stdout and "MK001" in proc.stdout
    assert key not in proc.stdout
