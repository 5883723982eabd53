"""Running the CLI on hostile trees (imported by the tests in this folder)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

SERVER = Path(__file__).resolve().parents[2] / "server"
# Generous: a loaded 2-core CI machine; every case here takes well under a second alone.
CLI_TIMEOUT = float(os.environ.get("KEYGUARD_HOSTILE_TIMEOUT", "120"))


def run_cli(*args: str, cwd: Path | None = None, timeout: float = CLI_TIMEOUT,
            env: dict | None = None, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    """`python -m mistral_keyguard <args>` in a child process, stdin closed, text out; `prefix`
    runs it under another command (see `unprivileged`)."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SERVER), full_env.get("PYTHONPATH")]))
    full_env.update(env or {})
    return subprocess.run([*(prefix or []), sys.executable, "-m", "mistral_keyguard", *args], capture_output=True,
                          text=True, errors="replace", timeout=timeout, cwd=cwd,
                          stdin=subprocess.DEVNULL, env=full_env)


# Ways to run a child for which permission bits count, tried in order. Root reads everything
# through two capabilities: dropping them keeps uid 0 (so the interpreter under /root stays
# reachable) and makes a mode-0 file unreadable; failing that, run as nobody.
_DROP_DAC = "-dac_override,-dac_read_search"
_CANDIDATES = (
    ["setpriv", f"--inh-caps={_DROP_DAC}", f"--bounding-set={_DROP_DAC}", "--"],
    ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"],
    ["runuser", "-u", "nobody", "--"],
)
_PROBE = ("import sys, os; import mistral_keyguard\n"
          "os.listdir(sys.argv[1])\n"
          "try:\n    open(os.path.join(sys.argv[1], 'locked')).close()\nexcept PermissionError:\n    print('denied')")


def unprivileged(folder: Path) -> list[str] | None:
    """A command prefix under which a mode-0 file in `folder` cannot be read while the package
    still runs: nothing when not root, else the first working way to drop root's powers; None
    when there is none (the caller skips)."""
    probe = folder / "probe"
    probe.mkdir(exist_ok=True)
    (probe / "locked").write_text("x")
    (probe / "locked").chmod(0)
    candidates = [[]] if not hasattr(os, "geteuid") or os.geteuid() != 0 else \
        [c for c in _CANDIDATES if shutil.which(c[0])]
    try:
        for prefix in candidates:
            try:
                proc = subprocess.run([*prefix, sys.executable, "-c", _PROBE, str(probe)], capture_output=True,
                                      text=True, timeout=60, check=False,
                                      env={**os.environ, "PYTHONPATH": str(SERVER), "PYTHONDONTWRITEBYTECODE": "1"})
            except (OSError, subprocess.TimeoutExpired):
                continue
            if proc.returncode == 0 and proc.stdout.strip() == "denied":
                return prefix
        return None
    finally:
        (probe / "locked").chmod(0o644)
        shutil.rmtree(probe)


def assert_no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode in (0, 1, 2), (proc.returncode, proc.stderr[-2000:])
