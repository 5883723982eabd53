"""Do two engines find the same things? `check TREE --output-format json` with each engine's
package first on the path, compared as sets of (path, line, rule).

    python benchmarks/same_findings.py MAIN_SERVER_DIR OTHER_SERVER_DIR TREE... [--repeat N]

Each tree is copied to a temporary folder outside any git work tree first (as eval/score_fresh.sh
does: a project's own .gitignore, not this repository's index, decides what is scanned), and a
`labels.jsonl` in it is dropped; only the findings are read, never the files. `--repeat N` runs
the first engine N times, to tell a difference between engines from one between runs of the same
engine. Exit status 1 when some tree differs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

Finding = tuple[str, int, str]


def findings(server: Path, tree: Path, python: str) -> set[Finding]:
    env = dict(os.environ, PYTHONPATH=str(server))
    run = subprocess.run([python, "-m", "mistral_keyguard", "check", str(tree), "--output-format", "json"],
                         capture_output=True, env=env, cwd=tree.parent)
    if run.returncode not in (0, 1):
        raise SystemExit(f"{server} on {tree}: exit {run.returncode}\n{run.stderr.decode()[-2000:]}")
    report = json.loads(run.stdout)
    return {(_relative(f["path"], tree), f["line"], f["code"]) for f in report["findings"]}


def _relative(path: str, tree: Path) -> str:
    try:
        return Path(path).resolve().relative_to(tree.resolve()).as_posix()
    except ValueError:
        prefix = tree.name + "/"
        return path[len(prefix):] if path.startswith(prefix) else path


def copied(tree: Path, into: Path) -> Path:
    target = into / tree.name
    shutil.copytree(tree, target, symlinks=True)
    (target / "labels.jsonl").unlink(missing_ok=True)
    return target


def compare(first: Path, second: Path, tree: Path, python: str, repeat: int) -> bool:
    with tempfile.TemporaryDirectory(prefix="same-findings-") as tmp:
        work = copied(tree, Path(tmp))
        runs = [findings(first, work, python) for _ in range(repeat)]
        other = findings(second, work, python)
    base = runs[0]
    unstable = set().union(*runs) - set.intersection(*runs)
    same = other == base
    line = f"{'same' if same else 'DIFFERENT'}  {tree}: first {len(base)}, second {len(other)}"
    if unstable:
        line += f"  (first engine varies between runs: {len(unstable)} findings)"
    print(line, flush=True)
    for label, items in (("only first", base - other), ("only second", other - base)):
        for item in sorted(items):
            print(f"    {label}: {item[0]}:{item[1]} {item[2]}{'  (unstable)' if item in unstable else ''}")
    return same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="server folder of the reference engine (main)")
    parser.add_argument("second", type=Path, help="server folder of the engine under test")
    parser.add_argument("trees", type=Path, nargs="+")
    parser.add_argument("--repeat", type=int, default=1, help="runs of the first engine per tree")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    results = [compare(args.first.resolve(), args.second.resolve(), tree.resolve(), args.python, max(1, args.repeat))
               for tree in args.trees]
    print(f"{sum(results)} of {len(results)} trees the same")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
