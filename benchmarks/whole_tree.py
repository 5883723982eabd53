"""Whole-tree check against its peers, interleaved: mistral-keyguard, ast-grep and the floor.

    PYTHONPATH=server python benchmarks/whole_tree.py CORPUS [CORPUS ...] [--rounds 3]
        [--perf ../shared/perf] [--json OUT] [--no-view] [--warm] [--baseline SERVER_DIR] [--only NAME ...]

Each round runs every tool once on each tree, in turn, so the machine's load hits them alike.
Per run: wall seconds, CPU seconds of the process and its children (wait4), and peak memory of
all its processes together (resident sets summed, sampled every 20 ms from /proc). Medians are
printed, with ratios to ast-grep and to the floor (`floor.py --stages pipeline_lf --procs 2`: a
two-regex prefilter, then parse and one query on the candidates, on two processes).
The trees are those of ../shared/perf/README.md (make_corpus.py; the real repositories).

Every `check` leg runs cold: with the first pass cache off (`MISTRAL_KEYGUARD_CACHE_DIR=""`), as the
peers have none. `--warm` adds legs that read a cache filled once before the rounds (a second run
over an unchanged tree, as in CI or pre-commit): `mistral-keyguard/warm` (and `/warm no-view`).

`--no-view` adds a leg `check --no-project-view` (issue 10: the project view may cost at most 10 %;
its wall and CPU ratios are printed, cold and warm). `--baseline DIR` adds the same check run from another
checkout's `server` folder (e.g. a worktree of main), so a change is measured against its
baseline in the same session, interleaved. `--only` keeps the named tools (e.g. `--only
mistral-keyguard mistral-keyguard/no-view` for a quick run without the peers).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _tree_rss(root_pid: int) -> int:
    """Resident bytes of `root_pid` and every descendant (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, ()))
    return total


def run(cmd: list[str], env: dict[str, str]) -> dict:
    cmd, env = _leg_env(cmd, env)
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    done.set()
    sampler.join()
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": peak[0] / 2**20,
            "rc": os.waitstatus_to_exitcode(status)}


# A leg's command may start with `CACHE=<folder>` (empty: no cache): the first pass cache it uses.
_CACHE_PREFIX = "CACHE="


def _leg_env(cmd: list[str], env: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    if cmd and cmd[0].startswith(_CACHE_PREFIX):
        return cmd[1:], {**env, "MISTRAL_KEYGUARD_CACHE_DIR": cmd[0][len(_CACHE_PREFIX):]}
    return cmd, env


def tools(corpus: Path, perf: Path, *, no_view: bool = False, baseline: Path | None = None,
          warm: Path | None = None) -> dict[str, list[str]]:
    check = [_CACHE_PREFIX, sys.executable, "-m", "mistral_keyguard", "check", str(corpus), "--quiet", "--exit-zero"]
    out = {"mistral-keyguard": check}
    if no_view:
        out["mistral-keyguard/no-view"] = [*check, "--no-project-view"]
    if warm is not None:
        out["mistral-keyguard/warm"] = [_CACHE_PREFIX + str(warm), *check[1:]]
        if no_view:
            out["mistral-keyguard/warm no-view"] = [*out["mistral-keyguard/warm"], "--no-project-view"]
    if baseline is not None:
        # `-c` puts the baseline's package first on the path whatever PYTHONPATH says.
        boot = f"import sys; sys.path.insert(0, {str(baseline)!r}); sys.argv[0] = 'mistral-keyguard'; " \
               "from mistral_keyguard.cli import main; sys.exit(main())"
        out["baseline"] = [_CACHE_PREFIX, sys.executable, "-c", boot, *check[4:]]
        if no_view:
            out["baseline/no-view"] = [*out["baseline"], "--no-project-view"]
    astgrep = shutil.which("ast-grep") or str(Path(sys.executable).with_name("ast-grep"))
    if Path(astgrep).exists() and (perf / "peers" / "sgconfig.yml").is_file():
        out["ast-grep"] = [astgrep, "scan", "-c", str(perf / "peers" / "sgconfig.yml"), str(corpus)]
    if (perf / "floor.py").is_file():
        out["floor"] = [sys.executable, str(perf / "floor.py"), str(corpus), "--stages", "pipeline_lf",
                        "--procs", "2", "--repeat", "1"]
    return out


def _paired(runs: list[dict], others: list[dict]) -> dict[str, float]:
    """Median of the per-round ratios, wall and CPU: the two runs of one round met the same load."""
    return {key: statistics.median(a[key] / b[key] for a, b in zip(runs, others)) for key in ("wall", "cpu")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--perf", type=Path, default=HERE.parent.parent / "shared" / "perf")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--no-view", action="store_true", help="add a `check --no-project-view` leg")
    ap.add_argument("--baseline", type=Path, help="another checkout's server folder, run as `baseline`")
    ap.add_argument("--only", nargs="+", help="run only these tools")
    ap.add_argument("--warm", action="store_true", help="add legs that read a first pass cache filled before the rounds")
    args = ap.parse_args()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE.parent / "server"), env.get("PYTHONPATH")]))
    report, meta = {}, {}
    for corpus in args.corpora:
        warm = Path(tempfile.mkdtemp(prefix="keyguard-bench-cache-")) if args.warm else None
        commands = tools(corpus, args.perf, no_view=args.no_view, baseline=args.baseline, warm=warm)
        if args.only:
            commands = {name: cmd for name, cmd in commands.items() if name in args.only}
        for name, cmd in commands.items():
            if "/warm" in name:
                run(cmd, env)  # fills the cache the rounds read
        runs: dict[str, list[dict]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, cmd in commands.items():
                runs[name].append(run(cmd, env))
        medians = {name: {k: statistics.median(r[k] for r in rs) for k in ("wall", "cpu", "peak_mb")}
                   for name, rs in runs.items()}
        report[str(corpus)] = medians
        print(f"\n{corpus} ({args.rounds} rounds, medians)")
        print(f"{'tool':<26} {'wall s':>7} {'CPU s':>7} {'peak MB':>8} {'÷ ast-grep':>10} {'÷ floor':>8}")
        mk = medians["mistral-keyguard"]["wall"]
        for name, m in medians.items():
            ratio_ag = m["wall"] / medians["ast-grep"]["wall"] if "ast-grep" in medians else float("nan")
            ratio_fl = m["wall"] / medians["floor"]["wall"] if "floor" in medians else float("nan")
            print(f"{name:<26} {m['wall']:7.2f} {m['cpu']:7.2f} {m['peak_mb']:8.0f} {ratio_ag:10.2f} {ratio_fl:8.2f}")
        print(f"mistral-keyguard is {medians.get('ast-grep', {}).get('wall', float('nan')) / mk:.2f}x as fast as ast-grep")
        pairs = {}
        for with_view, without in (("mistral-keyguard", "mistral-keyguard/no-view"), ("baseline", "baseline/no-view"),
                                   ("mistral-keyguard/warm", "mistral-keyguard/warm no-view")):
            if with_view in runs and without in runs:
                pairs[f"project view cost ({with_view})"] = _paired(runs[with_view], runs[without])
        if "mistral-keyguard/warm" in runs:
            pairs["warm ÷ cold (mistral-keyguard)"] = _paired(runs["mistral-keyguard/warm"], runs["mistral-keyguard"])
        if "baseline" in runs and "mistral-keyguard" in runs:
            pairs["this checkout ÷ baseline"] = _paired(runs["mistral-keyguard"], runs["baseline"])
        for label, ratio in pairs.items():
            print(f"{label}: wall {100 * (ratio['wall'] - 1):+.0f} %, CPU {100 * (ratio['cpu'] - 1):+.0f} %")
        print(f"load average {os.getloadavg()[0]:.1f}")
        meta[str(corpus)] = {"paired_ratios": pairs, "load_average": os.getloadavg()[0], "rounds": args.rounds}
        if warm is not None:
            shutil.rmtree(warm, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
        args.json.with_suffix(".meta.json").write_text(json.dumps(meta, indent=1))


if __name__ == "__main__":
    main()
