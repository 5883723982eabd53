"""Running the CLI on hostile trees (imported by the tests in this folder)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SERVER = Path(__file__).resolve().parents[2] / "server"
# Generous: a loaded 2-core CI machine; every case here takes well under a second alone.
CLI_TIMEOUT = float(os.environ.get("KEYGUARD_HOSTILE_TIMEOUT", "120"))


def run_cli(*args: str, cwd: Path | None = None, timeout: float = CLI_TIMEOUT,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m mistral_keyguard <args>` in a child process, stdin closed, text out."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SERVER), full_env.get("PYTHONPATH")]))
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "mistral_keyguard", *args], capture_output=True,
                          text=True, errors="replace", timeout=timeout, cwd=cwd,
                          stdin=subprocess.DEVNULL, env=full_env)


def assert_no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode in (0, 1, 2), (proc.returncode, proc.stderr[-2000:])
