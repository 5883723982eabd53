"""`mistral-keyguard history` against `git log -p --all | rg` on a generated repository.

Builds a repository with `git fast-import` (default 10,000 commits on two branches): a small
Python/JS/config project where each commit edits one file, and where some commits add a key that
a later commit rotates or deletes. Then times, best of --repeat runs:
  - history: `mistral-keyguard history REPO --output-format json` (subprocess, cold process);
  - baseline: `git log -p --all | rg -o '<32-character token>'`, the usual shell one-liner, which
    prints every key-shaped token of every diff (no dates, no HEAD status, no de-duplication);
and how many planted keys each reports. Run:

    python benchmarks/history_vs_git_log.py [--commits 10000] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_ALPHABET = string.ascii_letters + string.digits
TOKEN = r"\b[A-Za-z0-9]{32}\b"
GIT_ENV = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "bench", "GIT_COMMITTER_NAME": "bench",
           "GIT_AUTHOR_EMAIL": "bench@example.invalid", "GIT_COMMITTER_EMAIL": "bench@example.invalid"}


def make_key(rng: random.Random) -> str:
    while True:
        key = "".join(rng.choice(_ALPHABET) for _ in range(32))
        if any(c.isupper() for c in key) and any(c.islower() for c in key) and sum(c.isdigit() for c in key) >= 2:
            return key


def py_module(n: int, key: str | None) -> str:
    setting = f'"{key}"' if key else 'os.environ["MISTRAL_API_KEY"]'
    return (f"import os\nfrom mistralai import Mistral\n\nMISTRAL_API_KEY = {setting}\n"
            f"client = Mistral(api_key=MISTRAL_API_KEY)\n\n\ndef answer_{n}(q):\n"
            f"    return client.chat.complete(model='mistral-small-latest', messages=[q])  # rev {n}\n")


def js_module(n: int) -> str:
    return f"export function add{n}(a, b) {{\n  return a + b + {n};\n}}\n// revision {n}\n"


def env_file(n: int, key: str | None) -> str:
    return f"DEBUG=1\nREVISION={n}\n" + (f"MISTRAL_API_KEY={key}\n" if key else "")


def fast_import_stream(commits: int, rng: random.Random) -> tuple[bytes, set[str]]:
    """A fast-import stream, and the keys planted in it (one commit in 200 adds a key)."""
    out: list[bytes] = []
    planted: set[str] = set()
    files = [f"pkg/module_{i:02}.py" for i in range(20)] + [f"web/src/util_{i:02}.js" for i in range(20)]
    stamp = 1_600_000_000
    for n in range(1, commits + 1):
        branch = "refs/heads/main" if n % 10 else "refs/heads/feature"
        name = rng.choice(files)
        key = make_key(rng) if n % 200 == 0 else None
        if key:
            planted.add(key)
            name = rng.choice(["config/settings.py", ".env"])
        text = (env_file(n, key) if name == ".env" else py_module(n, key) if name.endswith(".py")
                else js_module(n))
        data = text.encode()
        message = f"change {name} ({n})".encode()
        out.append(b"commit " + branch.encode() + b"\n")
        out.append(f"committer bench <bench@example.invalid> {stamp + n * 60} +0000\n".encode())
        out.append(b"data %d\n%s\n" % (len(message), message))
        out.append(b"M 100644 inline " + name.encode() + b"\n")
        out.append(b"data %d\n%s\n" % (len(data), data))
    return b"".join(out), planted


def build(repo: Path, commits: int, seed: int) -> set[str]:
    stream, planted = fast_import_stream(commits, random.Random(seed))
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env=GIT_ENV)
    subprocess.run(["git", "-C", str(repo), "fast-import", "--quiet"], input=stream, check=True, env=GIT_ENV)
    subprocess.run(["git", "-C", str(repo), "checkout", "-q", "main"], check=True, env=GIT_ENV)
    subprocess.run(["git", "-C", str(repo), "gc", "-q"], check=True, env=GIT_ENV)
    return planted


def time_history(repo: Path) -> tuple[float, set[str]]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "server")}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "mistral_keyguard", "history", str(repo), "--output-format", "json",
                           "--exit-zero"], capture_output=True, env=env, check=True)
    elapsed = time.perf_counter() - start
    return elapsed, {f["masked_key"] for f in json.loads(proc.stdout)["findings"]}


def time_git_log_rg(repo: Path) -> tuple[float, set[str], int]:
    start = time.perf_counter()
    proc = subprocess.run(f"git -C {repo} log -p --all | rg -o '{TOKEN}'", shell=True, capture_output=True,
                          env=GIT_ENV)
    elapsed = time.perf_counter() - start
    lines = proc.stdout.decode().split()
    return elapsed, set(lines), len(lines)


def mask(key: str) -> str:
    return f"{key[:4]}{'*' * 24}{key[-4:]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--keep", type=Path, help="build the repository here and keep it")
    args = parser.parse_args()
    if shutil.which("rg") is None:
        sys.exit("ripgrep (rg) is needed for the baseline")
    workdir = Path(tempfile.mkdtemp(prefix="history-bench-")) if args.keep is None else args.keep
    repo = workdir / "repo"
    try:
        start = time.perf_counter()
        planted = build(repo, args.commits, args.seed)
        built = time.perf_counter() - start
        objects = subprocess.run(["git", "-C", str(repo), "count-objects", "-v"], capture_output=True, text=True,
                                 env=GIT_ENV).stdout.replace("\n", ", ")
        print(f"repository: {args.commits} commits, {len(planted)} planted keys, built in {built:.1f}s ({objects})")
        history_runs, baseline_runs = [], []
        for _ in range(args.repeat):
            elapsed, found = time_history(repo)
            history_runs.append(elapsed)
            base_elapsed, tokens, lines = time_git_log_rg(repo)
            baseline_runs.append(base_elapsed)
        recalled = len({mask(k) for k in planted} & found)
        base_recalled = len(planted & tokens)
        print(f"history:        best {min(history_runs):.2f}s of {args.repeat}; {len(found)} keys reported, "
              f"{recalled}/{len(planted)} planted keys found")
        print(f"git log -p | rg: best {min(baseline_runs):.2f}s of {args.repeat}; {lines} token lines printed "
              f"({len(tokens)} distinct), {base_recalled}/{len(planted)} planted keys among them")
        print(f"ratio history / git log | rg: {min(history_runs) / min(baseline_runs):.2f}")
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
