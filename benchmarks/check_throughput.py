"""Throughput of `mistral-keyguard check` on a large generated tree.

Prints files/s and MB/s for:
  - baseline: reading every file and running one key-shaped regex over it (what a plain regex
    scanner does at minimum), in this process;
  - core: the engine with MK001 only (the core issue's rule set);
  - full: the engine with every rule;
and the ratios full/core and engine/baseline. Run: python benchmarks/check_throughput.py [--files N]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import string
import tempfile
import time
from pathlib import Path

from mistral_keyguard.runner import scan_paths
from mistral_keyguard.settings import Settings

_ALPHABET = string.ascii_letters + string.digits
_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])")

PY_CLEAN = '''import os
from mistralai import Mistral


def answer(question: str) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    reply = client.chat.complete(model="mistral-small-latest", messages=[{{"role": "user", "content": question}}])
    return reply.choices[0].message.content  # {n}
'''
PY_PLAIN = '''def add(a, b):
    """Add two numbers ({n})."""
    total = a + b
    for i in range(10):
        total += i
    return total
'''
JS_PLAIN = '''export function format(items) {{
  // render {n} items
  return items.map((item) => `${{item.name}}: ${{item.value}}`).join("\\n");
}}
'''
TS_CLIENT = '''import {{ useState }} from "react";

export function Ask(): JSX.Element {{
  const [answer, setAnswer] = useState("");
  async function go() {{
    const res = await fetch("/api/chat", {{ method: "POST", body: JSON.stringify({{ n: {n} }}) }});
    setAnswer(await res.text());
  }}
  return <button onClick={{go}}>{{answer}}</button>;
}}
'''


def make_key(rng: random.Random) -> str:
    while True:
        key = "".join(rng.choice(_ALPHABET) for _ in range(32))
        if any(c.isupper() for c in key) and any(c.islower() for c in key) and sum(c.isdigit() for c in key) >= 3:
            return key


def build_tree(root: Path, count: int) -> int:
    rng = random.Random(7)
    total = 0
    for i in range(count):
        folder = root / f"pkg{i % 40}"
        folder.mkdir(exist_ok=True)
        kind = i % 5
        if kind == 0:
            path, text = folder / f"svc{i}.py", PY_CLEAN.format(n=i)
        elif kind == 1:
            path, text = folder / f"util{i}.py", PY_PLAIN.format(n=i) * 8
        elif kind == 2:
            path, text = folder / f"fmt{i}.js", JS_PLAIN.format(n=i) * 8
        elif kind == 3:
            path, text = folder / f"Ask{i}.tsx", TS_CLIENT.format(n=i)
        else:
            path, text = folder / f"ids{i}.py", f'BATCH = "{rng.getrandbits(128):032x}"\n' + PY_PLAIN.format(n=i)
        if i % 97 == 0:
            text += f'\nMISTRAL_API_KEY = "{make_key(rng)}"\n' if path.suffix == ".py" else f'\nconst mistralKey = "{make_key(rng)}";\n'
        path.write_text(text)
        total += len(text.encode())
    return total


def baseline(root: Path) -> int:
    hits = 0
    for path in root.rglob("*"):
        if path.is_file():
            hits += len(_TOKEN.findall(path.read_bytes()))
    return hits


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="mk-bench-"))
    try:
        size = build_tree(root, args.files)
        mb = size / 1e6
        core = Settings(select=frozenset({"MK001"}))
        full = Settings()
        found = {}

        def run(settings, label):
            results, _, _ = scan_paths([root], settings, jobs=args.jobs, base=root)
            found[label] = sum(len(r.findings) for r in results)
            found[label + "-parsed"] = sum(r.parsed for r in results)

        t_base = timed(lambda: baseline(root), args.repeat)
        t_core = timed(lambda: run(core, "core"), args.repeat)
        t_full = timed(lambda: run(full, "full"), args.repeat)
        print(f"tree: {args.files} files, {mb:.1f} MB")
        for label, t in (("baseline regex", t_base), ("core (MK001)", t_core), ("full (all rules)", t_full)):
            print(f"{label:<18} {t * 1000:8.1f} ms  {args.files / t:9.0f} files/s  {mb / t:7.1f} MB/s")
        print(f"findings: core {found['core']}, full {found['full']}; files parsed: "
              f"core {found['core-parsed']}, full {found['full-parsed']} of {args.files} (the rest skipped by the prefilter)")
        print(f"ratio full/core time: {t_full / t_core:.2f} (throughput change {100 * (t_core / t_full - 1):+.1f} %)")
        print(f"ratio core/baseline time: {t_core / t_base:.2f}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
