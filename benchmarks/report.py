"""Regenerate benchmarks/README.md: size ladder, whole trees against ast-grep and the floor,
start-up, with the machine and the date.

    PYTHONPATH=server python benchmarks/report.py [--trees /tmp/perf/synthetic ...] [--rounds 3]
        [--out DIR | --reuse DIR] [--no-ladder] [--tree-args '--no-view --baseline DIR']

Runs size_ladder.py, whole_tree.py and startup.py (each writes JSON into DIR, default a temporary
folder), then renders the tables into the generated section of benchmarks/README.md (the rest of
that file is left alone). `--reuse DIR` renders from the JSON files already in DIR. A part whose run is not in DIR (no
trees given, `--no-ladder`) keeps its section as the README has it.
Make the synthetic tree first: python3 ../shared/perf/make_corpus.py /tmp/perf/synthetic --files 20000
--seed 20261127.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}; load average {load:.1f} when the report was written")


def run_all(out: Path, trees: list[str], rounds: int, ladder: bool = True, tree_args: list[str] = ()) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(HERE.parent / "server"),
                                                                     os.environ.get("PYTHONPATH")])))
    py = sys.executable
    if ladder:
        subprocess.run([py, str(HERE / "size_ladder.py"), "--json", str(out / "ladder.json")], env=env, check=True)
    if trees:
        subprocess.run([py, str(HERE / "whole_tree.py"), *trees, "--rounds", str(rounds), *tree_args,
                        "--json", str(out / "trees.json")], env=env, check=True)
    subprocess.run([py, str(HERE / "startup.py"), "--json", str(out / "startup.json")], env=env, check=True)


def ladder_table(data: dict) -> list[str]:
    lines = ["| input | size MB | parse s | scan s | scan s/MB | scan ÷ parse | peak RSS MB |", "|---|---:|---:|---:|---:|---:|---:|"]
    for row in data["rows"]:
        if "scan_s" in row:
            lines.append(f"| {row['kind']} | {row['mb']:.2f} | {row['parse_s']:.3f} | {row['scan_s']:.3f} | "
                         f"{row['scan_s'] / row['mb']:.2f} | {row['scan_s'] / row['parse_s']:.1f} | "
                         f"{row['peak_rss_mb']:.0f} |")
        else:
            lines.append(f"| {row['kind']} | {row['mb']} | | {row.get('timeout') and 'timeout' or 'error'} | | |")
    lines += ["", "| input | slope (1.0 = linear) | cost per MB, largest deviation from the median |",
              "|---|---:|---:|"]
    for kind, s in data["kinds"].items():
        if s.get("slope") is not None:
            lines.append(f"| {kind} | {s['slope']:.2f} | ±{100 * s['spread']:.0f} % of {s['median_s_per_mb']:.2f} s/MB |")
    return lines


def trees_table(data: dict, meta: dict | None = None) -> list[str]:
    lines = []
    for tree, tools in data.items():
        lines += [f"Tree `{tree}`:", "", "| tool | wall s | CPU s | peak MB (all processes) | ÷ ast-grep | ÷ floor |",
                  "|---|---:|---:|---:|---:|---:|"]
        ag = tools.get("ast-grep", {}).get("wall")
        fl = tools.get("floor", {}).get("wall")
        for name, m in tools.items():
            lines.append(f"| {name} | {m['wall']:.2f} | {m['cpu']:.2f} | {m['peak_mb']:.0f} | "
                         f"{m['wall'] / ag:.2f} | {m['wall'] / fl:.2f} |" if ag and fl else
                         f"| {name} | {m['wall']:.2f} | {m['cpu']:.2f} | {m['peak_mb']:.0f} | | |")
        lines.append("")
        about = (meta or {}).get(tree)
        if about:
            for label, ratio in about.get("paired_ratios", {}).items():
                lines.append(f"- {label}: wall {100 * (ratio['wall'] - 1):+.0f} %, CPU {100 * (ratio['cpu'] - 1):+.0f} % "
                             "(median of the per-round ratios)")
            lines += [f"- {about.get('rounds')} rounds; load average {about.get('load_average', float('nan')):.1f} "
                      "at the end of the run", ""]
    return lines


def current_section(readme: Path, title: str) -> str | None:
    """A section of the README's generated part as it stands (kept when its run is not repeated)."""
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    text = text.split(END, 1)[0]
    start = text.find(f"### {title}")
    if start < 0:
        return None
    ends = [i for i in (text.find("\n### ", start + 1), text.find("\nOther scripts here:", start)) if i >= 0]
    return text[start:min(ends, default=len(text))].replace(f"### {title}", f"## {title}", 1).rstrip("\n")


def current_ladder(readme: Path) -> str | None:
    """The size-ladder section of the README as it stands (kept when the ladder is not re-run)."""
    return current_section(readme, "Size ladder")


def render(out: Path, keep_ladder: str | None = None, keep_trees: str | None = None,
           keep_startup: str | None = None) -> str:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = ["## Speed: whole trees, size ladder, start-up (issue 14)", "",
             f"Latest figures, {now}. Machine: {machine()}.",
             "Regenerate with `PYTHONPATH=server python benchmarks/report.py --trees /tmp/perf/synthetic` "
             "(see the script's docstring). Wall times on a shared machine are noisy: compare the ratios of "
             "tools run in the same round, and the CPU seconds.", ""]
    if (out / "trees.json").is_file():
        meta = out / "trees.meta.json"
        parts += ["## Whole trees (medians of interleaved rounds)", "",
                  "Every `check` leg is cold (its first pass cache off, as the peers have none) unless named "
                  "`warm`: a second run over the unchanged tree, reading the cache the first one wrote. "
                  "`mistral-keyguard/no-view` is `check --no-project-view` (issue 10: the project view may cost "
                  "at most 10 %); `baseline` is the same check from another checkout, run in the same rounds.", "",
                  *trees_table(json.loads((out / "trees.json").read_text()),
                               json.loads(meta.read_text()) if meta.is_file() else None)]
    elif keep_trees is not None:
        heading, _, body = keep_trees.partition("\n")
        note = "Not re-run for this report: the figures of the report before it."
        parts += [heading, "", note, "", body.replace(note, "").strip("\n"), ""]
    if not (out / "ladder.json").is_file() and keep_ladder is not None:
        heading, _, body = keep_ladder.partition("\n")
        note = "Not re-run for this report: the figures of the report before it."
        parts += [heading, "", note, "", body.replace(note, "").strip("\n"), ""]
    if (out / "ladder.json").is_file():
        parts += ["## Size ladder (benchmarks/size_ladder.py)", "",
                  "Generated inputs (benchmarks/ladder_inputs.py), every rule enabled, one process, CPU seconds. "
                  "`bundle` is minified on one line, so it counts as generated code: only MK001 reads it "
                  "(it holds a key). `bundle-lines` is the same bundle on 400-byte lines, read by every rule.", "",
                  *ladder_table(json.loads((out / "ladder.json").read_text())), ""]
    if (out / "startup.json").is_file():
        parts += ["## Start-up (benchmarks/startup.py)", "",
                  "| command | median ms | best ms | CPU median ms | CPU best ms |", "|---|---:|---:|---:|---:|"]
        for name, m in json.loads((out / "startup.json").read_text()).items():
            parts.append(f"| {name} | {m['median_ms']:.0f} | {m['best_ms']:.0f} | "
                         f"{m.get('median_cpu_ms', float('nan')):.0f} | {m.get('best_cpu_ms', float('nan')):.0f} |")
        parts.append("")
    elif keep_startup is not None:
        heading, _, body = keep_startup.partition("\n")
        note = "Not re-run for this report: the figures of the report before it."
        parts += [heading, "", note, "", body.replace(note, "").strip("\n"), ""]
    parts += ["Other scripts here: `check_throughput.py` (files/s and MB/s of `check` against a plain "
              "regex sweep), `lsp_latency.py` (the language server's latency per edit).", ""]
    return "\n".join(parts).replace("\n## Whole", "\n### Whole").replace("\n## Size", "\n### Size") \
        .replace("\n## Start-up", "\n### Start-up")


BEGIN, END = "<!-- report.py: begin -->", "<!-- report.py: end -->"


def write_section(readme: Path, section: str) -> None:
    """Replace the generated section of the README, keeping what others wrote around it."""
    text = readme.read_text(encoding="utf-8") if readme.is_file() else "# Benchmarks\n"
    block = f"{BEGIN}\n{section.rstrip()}\n{END}\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    readme.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trees", nargs="*", default=[])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--reuse", type=Path, help="render from the JSON files already in this folder")
    ap.add_argument("--out", type=Path, help="where the runs write their JSON (default: a temporary folder)")
    ap.add_argument("--no-ladder", action="store_true",
                    help="do not re-run the size ladder; keep the README's ladder section as it is")
    ap.add_argument("--tree-args", default="", help="extra arguments for whole_tree.py, e.g. '--no-view'")
    args = ap.parse_args()
    out = args.reuse or args.out or Path(tempfile.mkdtemp(prefix="mk-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    if args.reuse is None:
        run_all(out, args.trees, args.rounds, ladder=not args.no_ladder, tree_args=args.tree_args.split())
    keep = current_ladder(HERE / "README.md") if args.no_ladder or not (out / "ladder.json").is_file() else None
    trees = current_section(HERE / "README.md", "Whole trees") if not (out / "trees.json").is_file() else None
    startup = current_section(HERE / "README.md", "Start-up") if not (out / "startup.json").is_file() else None
    write_section(HERE / "README.md", render(out, keep, trees, startup))
    print(f"wrote {HERE / 'README.md'} from {out}")


if __name__ == "__main__":
    main()
