"""Start-up: `--version` and `check` on an empty folder, whole process, and what they import.

    PYTHONPATH=server python benchmarks/startup.py [--runs 15]

Prints the median and best wall and CPU time of each command next to a bare `python -c pass`, then the
slowest top-level imports of `check` (from `python -X importtime`, cumulative microseconds).
The goal (issue 14) is under 80 ms for both commands.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def wall(cmd: list[str], runs: int) -> list[tuple[float, float]]:
    """(wall, CPU) seconds of each run: on a loaded machine the CPU time says more."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
        times.append((time.perf_counter() - start, usage.ru_utime + usage.ru_stime))
    return times


def slowest_imports(cmd: list[str], top: int) -> list[tuple[int, str]]:
    out = subprocess.run([sys.executable, "-X", "importtime", *cmd[1:]], capture_output=True, text=True)
    rows = []
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            depth = (len(name) - len(name.lstrip())) // 2
            if depth <= 2:
                rows.append((int(parts[1]), name.strip()))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--json", help="write the medians (ms) here")
    args = ap.parse_args()
    empty = tempfile.mkdtemp(prefix="mk-empty-")
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "--version": [sys.executable, "-m", "mistral_keyguard", "--version"],
        "check (empty folder)": [sys.executable, "-m", "mistral_keyguard", "check", empty],
    }
    results = {name: [] for name in commands}
    for _ in range(args.runs):  # interleaved: the machine's load hits every command alike
        for name, cmd in commands.items():
            results[name] += wall(cmd, 1)
    summary = {}
    for name, runs in results.items():
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        summary[name] = {"median_ms": 1000 * statistics.median(walls), "best_ms": 1000 * min(walls),
                         "median_cpu_ms": 1000 * statistics.median(cpus), "best_cpu_ms": 1000 * min(cpus)}
        m = summary[name]
        print(f"{name:<22} median {m['median_ms']:6.0f} ms   best {m['best_ms']:6.0f} ms   "
              f"CPU median {m['median_cpu_ms']:5.0f} ms   best {m['best_cpu_ms']:5.0f} ms")
    print(f"load average {os.getloadavg()[0]:.1f}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(summary, handle, indent=1)
    print("\nslowest imports of check (cumulative µs, top levels):")
    for micros, name in slowest_imports(commands["check (empty folder)"], args.top):
        print(f"{micros:>9}  {name}")
    os.rmdir(empty)


if __name__ == "__main__":
    main()
