"""Size ladder: scan time against tree-sitter parse time for generated inputs of growing size.

    PYTHONPATH=server python benchmarks/size_ladder.py [--kinds bundle,python,...]
        [--sizes 0.25,0.5,1,2,5] [--timeout 300] [--json OUT] [--profile KIND:MB]

For each kind (see benchmarks/ladder_inputs.py) and size, a fresh child process generates the
input, parses it (best of three) and scans it with every rule (`engine.scan`, one run; the
median of three when a scan takes under a second). Times are CPU seconds of the process: on a
shared machine, wall time mostly measures the neighbours. It prints seconds per MB for the scan and
the scan/parse ratio, then per kind the fitted exponent (log-log slope of scan time against
size: 1.0 is linear) and the spread of cost per MB around its median (the goal: within ±30 %).
`--profile bundle:1` runs cProfile on one case instead and prints the top entries.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def run_one(kind: str, megabytes: float) -> dict:
    """Measure one case in this process (called in a child)."""
    import resource

    from ladder_inputs import generate
    from mistral_keyguard.engine import scan
    from mistral_keyguard.languages import language_for_path, parser
    from mistral_keyguard.settings import Settings

    name, data = generate(kind, int(megabytes * 1_000_000))
    language = language_for_path(name)
    parse_times = []
    for _ in range(3):
        start = time.process_time()
        parser(language).parse(data)
        parse_times.append(time.process_time() - start)
    scan_times = []
    findings = 0
    for _ in range(3):
        start = time.process_time()
        result = scan(name, data, Settings(), language=language)
        scan_times.append(time.process_time() - start)
        findings = len(result.findings)
        if scan_times[0] > 1.0:
            break
    return {"kind": kind, "mb": len(data) / 1e6, "parse_s": min(parse_times),
            "scan_s": statistics.median(scan_times), "findings": findings,
            "codes": sorted({f.code for f in result.findings}),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def profile_one(kind: str, megabytes: float, top: int) -> None:
    import cProfile
    import pstats

    from ladder_inputs import generate
    from mistral_keyguard.engine import scan
    from mistral_keyguard.languages import language_for_path
    from mistral_keyguard.settings import Settings

    name, data = generate(kind, int(megabytes * 1_000_000))
    language = language_for_path(name)
    profiler = cProfile.Profile()
    profiler.enable()
    scan(name, data, Settings(), language=language)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def measure(kind: str, megabytes: float, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--one", f"{kind}:{megabytes}"]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=os.environ.copy())
    except subprocess.TimeoutExpired:
        return {"kind": kind, "mb": megabytes, "timeout": timeout}
    lines = out.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("{"):
        return {"kind": kind, "mb": megabytes, "error": out.stderr.strip().splitlines()[-1:] or out.returncode}
    row = json.loads(lines[-1])
    if out.returncode != 0:
        row["exit"] = out.returncode  # py-tree-sitter can crash while the interpreter exits
    return row


def slope(rows: list[dict]) -> float | None:
    """Least-squares exponent of scan time against size (1.0: linear, 2.0: quadratic)."""
    points = [(math.log(r["mb"]), math.log(r["scan_s"])) for r in rows if "scan_s" in r]
    if len(points) < 2:
        return None
    mx = statistics.fmean(x for x, _ in points)
    my = statistics.fmean(y for _, y in points)
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def summary(rows: list[dict]) -> dict:
    per_mb = [r["scan_s"] / r["mb"] for r in rows if "scan_s" in r]
    if not per_mb:
        return {"slope": None, "spread": None}
    median = statistics.median(per_mb)
    spread = max(abs(v / median - 1) for v in per_mb)
    return {"slope": slope(rows), "spread": spread, "median_s_per_mb": median}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kinds", default="bundle,bundle-lines,python,json,js-object,js-concat,py-concat")
    ap.add_argument("--sizes", default="0.25,0.5,1,2,5")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--json", help="write the rows and per-kind summaries here")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--profile", help="KIND:MB: print a cProfile of one scan")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    if args.one:
        kind, mb = args.one.split(":")
        print(json.dumps(run_one(kind, float(mb))))
        return
    if args.profile:
        kind, mb = args.profile.split(":")
        profile_one(kind, float(mb), args.top)
        return
    report: dict = {"rows": [], "kinds": {}}
    print(f"{'kind':<10} {'MB':>5} {'parse s':>8} {'scan s':>8} {'scan s/MB':>9} {'scan/parse':>10} "
          f"{'RSS MB':>7}  findings")
    for kind in args.kinds.split(","):
        rows = []
        for mb in (float(s) for s in args.sizes.split(",")):
            row = measure(kind, mb, args.timeout)
            rows.append(row)
            if "scan_s" in row:
                print(f"{kind:<10} {row['mb']:5.2f} {row['parse_s']:8.3f} {row['scan_s']:8.3f} "
                      f"{row['scan_s'] / row['mb']:9.3f} {row['scan_s'] / row['parse_s']:10.1f} "
                      f"{row['peak_rss_mb']:7.0f}  {row['findings']} {','.join(row['codes'])}", flush=True)
            else:
                print(f"{kind:<10} {mb:5.2f} {row.get('timeout') and f'timeout after {args.timeout:.0f} s' or row}",
                      flush=True)
        report["rows"] += rows
        report["kinds"][kind] = summary(rows)
        s = report["kinds"][kind]
        if s["slope"] is not None:
            print(f"{kind:<10} slope {s['slope']:.2f}, cost per MB within ±{100 * s['spread']:.0f} % "
                  f"of {s['median_s_per_mb']:.3f} s/MB", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
