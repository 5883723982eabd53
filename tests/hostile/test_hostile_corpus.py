"""The malformed-input corpus (issue 12, suites that stay): every case built in a fresh folder,
the CLI run on it in a child process (a crash or a hang cannot take the test run down), which
must end within the time bound, with an allowed exit code, the expected note and no traceback.

`KEYGUARD_HOSTILE_FULL=1` runs the full sizes (50 MB, 100,000 lines, 10,000 levels)."""

from __future__ import annotations

import os
import random
import subprocess

import pytest

import corpus
from hostile_support import CLI_TIMEOUT, run_cli, unprivileged


def _param(case: corpus.Case):
    reason = case.extra.get("xfail")
    marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in corpus.CASES])
def test_the_cli_survives(case, tmp_path):
    prefix = None
    if case.needs_posix_user:
        prefix = unprivileged(tmp_path) if os.name == "posix" else None
        if prefix is None:
            pytest.skip("root, and no way here to drop its power to read every file (setpriv, runuser)")
    root = tmp_path / "tree"
    args = corpus.build(case, root, corpus.make_key(random.Random(case.name)))
    try:
        proc = run_cli("check", *args, timeout=20 if case.extra.get("xfail") else CLI_TIMEOUT, prefix=prefix)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case.name}: no answer within {CLI_TIMEOUT} s")
    finally:
        corpus.restore_permissions(root)
    output = proc.stdout + proc.stderr
    assert proc.returncode >= 0, f"{case.name}: killed by signal {-proc.returncode}: {proc.stderr[-3000:]}"
    assert "Traceback" not in output and "internal error" not in output, output[-2000:]
    assert proc.returncode in case.exits, (proc.returncode, output[-2000:])
    if case.note:
        assert case.note in output, output[-2000:]
