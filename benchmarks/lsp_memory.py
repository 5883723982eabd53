"""LSP memory: resident memory of the server process (and its children) over stdio.

1. Baseline after `initialize`.
2. 300 documents of about 112 KB opened one after another (each different, each with a
   Mistral client and a generated key), every one's diagnostics awaited: RSS after all are open.
3. All closed: RSS once the server has published their empty diagnostics (`--cycles N`:
   steps 2 and 3 N times; keys of later cycles end in `_2`, `_3`, ...).
4. 20,000 single-character edits on one 10,000-line document, each awaited: RSS every 1,000
   edits, and the growth per 1,000 edits over the second half (flat is the goal).

    python benchmarks/lsp_memory.py [--documents 300] [--edits 20000] [--json out.json]

RSS is VmRSS from /proc/PID/status, summed over the server and its child processes (Linux).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lsp_latency import StdioClient, python_source, synthetic_key, tsx_source  # noqa: E402

GOAL_OPEN_MB = 300
DOCUMENT_BYTES = 112 * 1024


def rss_mb(pid: int) -> float:
    """VmRSS of `pid` and of its descendants, in MB."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def document(index: int, key: str) -> tuple[str, str, str]:
    """(name, languageId, text) of about DOCUMENT_BYTES, different for every index."""
    if index % 2:
        text = tsx_source(4000, key).replace("item", f"it{index}x")
        name, language_id = f"Doc{index}.tsx", "typescriptreact"
    else:
        text = python_source(4000, key).replace("item", f"it{index}x")
        name, language_id = f"doc_{index}.py", "python"
    lines = text.splitlines(keepends=True)
    out, size = [], 0
    for line in lines:
        out.append(line)
        size += len(line.encode())
        if size >= DOCUMENT_BYTES:
            break
    return name, language_id, "".join(out)


async def settle(client: StdioClient, seconds: float = 3.0) -> float:
    """RSS after the server has been idle a moment (the full passes behind first passes end)."""
    await asyncio.sleep(seconds)
    return rss_mb(client.process.pid)


async def run(documents: int, edits: int, command: list[str], cycles: int = 1) -> dict:
    key = synthetic_key()
    client = await StdioClient.start(command)
    out: dict = {}
    try:
        await client.request("initialize", {
            "processId": os.getpid(), "rootUri": None,
            "capabilities": {"textDocument": {"publishDiagnostics": {"versionSupport": True}}},
            "initializationOptions": {"debounceMs": 0}})
        client.notify("initialized", {})
        out["baseline_mb"] = round(await settle(client), 1)
        for cycle in range(1, cycles + 1):
            suffix = "" if cycle == 1 else f"_{cycle}"
            await open_and_close(client, documents, key, out, suffix)
        out["edits"] = edits
        out["edit_samples_mb"] = await typing(client, edits, key)
        samples = out["edit_samples_mb"]
        half = samples[len(samples) // 2:]
        out["growth_mb_per_1000_edits_second_half"] = round((half[-1] - half[0]) / max(1, len(half) - 1), 3) \
            if len(half) > 1 else None
    finally:
        await client.close()
    return out


async def open_and_close(client: StdioClient, documents: int, key: str, out: dict, suffix: str) -> None:
    """Open `documents` documents one after another, each one's diagnostics awaited, then close
    them all: RSS with all open and once all are closed (keys end in `suffix`)."""
    client.published.clear()  # an earlier cycle's publishes would answer this one's waits at once
    uris = []
    peak = 0.0
    started = time.perf_counter()
    for index in range(documents):
        name, language_id, text = document(index, key)
        uri = f"file:///tmp/mk-lsp-memory/{name}"
        uris.append(uri)
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language_id, "version": 1, "text": text}})
        await client.process.stdin.drain()
        await asyncio.wait_for(client.expect(uri, 1), 120)
        if index % 25 == 24:
            peak = max(peak, rss_mb(client.process.pid))
    out["open_seconds" + suffix] = round(time.perf_counter() - started, 1)
    out["documents"] = documents
    out["document_kb"] = DOCUMENT_BYTES // 1024
    out["open_mb" + suffix] = round(await settle(client), 1)
    print(f"{documents} documents open: {out['open_mb' + suffix]} MB", flush=True)
    out["open_peak_mb" + suffix] = round(max(peak, out["open_mb" + suffix]), 1)
    for uri in uris:
        client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    await client.process.stdin.drain()
    if uris:
        await asyncio.wait_for(client.expect(uris[-1], None), 120)
    out["closed_mb" + suffix] = round(await settle(client), 1)


async def typing(client: StdioClient, edits: int, key: str) -> list[float]:
    """Edits on one 10,000-line document: a word typed, then deleted, over and over (the
    text stays the same size, so any growth is the server's)."""
    uri = "file:///tmp/mk-lsp-memory/typing.py"
    text = python_source(10_000, key)
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1,
                                                            "text": text}})
    await client.process.stdin.drain()
    await asyncio.wait_for(client.expect(uri, 1), 120)
    line = text.splitlines().index("    # running total of the item values", 5000)
    column = len("    # running total of the item values")
    samples = [rss_mb(client.process.pid)]
    word = "abcdefgh"
    version = 1
    for i in range(edits):
        version += 1
        step = i % (2 * len(word))
        if step < len(word):
            position = {"line": line, "character": column + step}
            change = {"range": {"start": position, "end": position}, "text": word[step]}
        else:
            end = column + 2 * len(word) - step
            change = {"range": {"start": {"line": line, "character": end - 1},
                                "end": {"line": line, "character": end}}, "text": ""}
        waiter = client.expect(uri, version)
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [change]})
        await client.process.stdin.drain()
        await asyncio.wait_for(waiter, 120)
        client.published.clear()
        if (i + 1) % 1000 == 0:
            samples.append(round(rss_mb(client.process.pid), 1))
            print(f"after {i + 1} edits: {samples[-1]} MB", flush=True)
    return samples


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--documents", type=int, default=300)
    options.add_argument("--edits", type=int, default=20_000)
    options.add_argument("--cycles", type=int, default=1,
                         help="open and close the documents this many times (a plateau does not grow)")
    options.add_argument("--json", type=Path, help="also write the results here")
    options.add_argument("--server", nargs="+",
                         default=[sys.executable, "-m", "mistral_keyguard.lsp", "--log-level", "warning"])
    args = options.parse_args(argv)
    result = asyncio.run(run(args.documents, args.edits, args.server, args.cycles))
    for name, value in result.items():
        print(f"{name:<40}{value}")
    ok = result["open_mb"] <= GOAL_OPEN_MB and result["open_peak_mb"] <= GOAL_OPEN_MB
    print(f"goal: {result['documents']} open documents under {GOAL_OPEN_MB} MB: {'met' if ok else 'missed'}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
