"""Start-up: `--version` and `check` on an empty folder, whole process, and what they import.

    PYTHONPATH=server python benchmarks/startup.py [--runs 15]

Prints the median and best wall time of each command next to a bare `python -c pass`, then the
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


def wall(cmd: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
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
    for name, times in results.items():
        print(f"{name:<22} median {1000 * statistics.median(times):6.0f} ms   best {1000 * min(times):6.0f} ms")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({name: {"median_ms": 1000 * statistics.median(t), "best_ms": 1000 * min(t)}
                       for name, t in results.items()}, handle, indent=1)
    print("\nslowest imports of check (cumulative µs, top levels):")
    for micros, name in slowest_imports(commands["check (empty folder)"], args.top):
        print(f"{micros:>9}  {name}")
    os.rmdir(empty)


if __name__ == "__main__":
    main()
