"""Scan work grows linearly with the file: counted in operations, not seconds.

For generated inputs of 1, 2 and 4 units of size (a minified bundle on one line and on short
lines, nested objects, long concatenations, a long Python module), the scan's function calls (counted by cProfile) and the
characters of node text it decodes must grow by at most 4 × 1.3 from the smallest to the
largest, and the bytes its substring searches sweep per byte of input by at most 1.3×. Quadratic work (a walk per binding up to the whole file, a text per enclosing call)
grows 16×. The wall time lives in benchmarks/size_ladder.py.
"""

from __future__ import annotations

import cProfile
import pstats
import sys

import pytest

from keyguard_testing import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from ladder_inputs import generate  # noqa: E402

from mistral_keyguard import dataflow  # noqa: E402
from mistral_keyguard.engine import scan  # noqa: E402
from mistral_keyguard.languages import language_for_path  # noqa: E402
from mistral_keyguard.rules import error_leak  # noqa: E402
from mistral_keyguard.settings import Settings  # noqa: E402

UNIT = 30_000
LINEAR_SLACK = 1.3


class TextMeter:
    """Counts the characters `node_text` hands out, in every module that imported it."""

    def __init__(self, monkeypatch):
        self.chars = 0
        original = dataflow.node_text

        def counted(node):
            text = original(node)
            self.chars += len(text)
            return text

        for module in list(sys.modules.values()):
            if getattr(module, "__name__", "").startswith("mistral_keyguard") and \
                    getattr(module, "node_text", None) is original:
                monkeypatch.setattr(module, "node_text", counted)


class SweptBytes(bytes):
    """A file's bytes that count how many bytes their substring searches sweep (`in`, `find`):
    a search of the whole file made once per call or binding is quadratic, and costs no more
    function calls than one made once."""

    swept = 0

    def __contains__(self, needle) -> bool:
        SweptBytes.swept += len(self)
        return bytes.__contains__(self, needle)

    def find(self, needle, *bounds) -> int:
        start, end = (bounds + (0, len(self)))[:2] if bounds else (0, len(self))
        SweptBytes.swept += max(0, min(end if end is not None else len(self), len(self)) - (start or 0))
        return bytes.find(self, needle, *bounds)


def operations(kind: str, size: int, meter: TextMeter) -> tuple[int, int, list[str], int]:
    # A concatenation as long as the file: its tree is as deep as the file is long.
    options = {"terms": size // 12} if kind.endswith("concat") else {}
    name, data = generate(kind, size, **options)
    language = language_for_path(name)
    meter.chars = 0
    SweptBytes.swept = 0
    profiler = cProfile.Profile()
    profiler.enable()
    result = scan(name, SweptBytes(data), Settings(), language=language)
    profiler.disable()
    calls = sum(entry[1] for entry in pstats.Stats(profiler).stats.values())
    return calls, meter.chars, [f.code for f in result.findings], SweptBytes.swept / len(data)


@pytest.fixture(scope="module", autouse=True)
def warm():
    # Query compilation and rule imports happen once per process: not part of the growth.
    for kind in ("bundle", "python", "json"):
        name, data = generate(kind, 2_000)
        scan(name, data, Settings(), language=language_for_path(name))


@pytest.mark.parametrize("kind", ["bundle", "bundle-lines", "js-object", "js-concat", "py-concat", "python", "json"])
def test_scan_work_grows_linearly(kind, monkeypatch):
    meter = TextMeter(monkeypatch)
    small = operations(kind, UNIT, meter)
    operations(kind, 2 * UNIT, meter)
    large = operations(kind, 4 * UNIT, meter)
    # Every input holds one key in a place MK001 or MK007 reports: the scan did its work.
    assert small[2] and large[2], f"{kind}: the planted key was not found"
    assert large[0] <= 4 * LINEAR_SLACK * small[0], f"{kind}: calls grew {large[0] / small[0]:.1f}× for 4× the size"
    assert large[1] <= 4 * LINEAR_SLACK * max(small[1], 1), \
        f"{kind}: decoded node text grew {large[1] / max(small[1], 1):.1f}× for 4× the size"
    # Per byte of input (the concatenations grow faster than the nominal size).
    assert large[3] <= LINEAR_SLACK * max(small[3], 1), \
        f"{kind}: substring searches swept {large[3]:.0f} bytes per byte of input, {small[3]:.0f} at the smallest"


def test_a_name_every_function_binds_costs_linear_work(monkeypatch):
    """MK006 asks which of a name's bindings a call sees (route A's `out` is not route B's): the
    scope walks must not be made once per call and binding (`out` bound in every route of a
    large module cost calls × bindings parent walks: 16× for 4× the routes)."""
    walks = [0]
    original = error_leak.enclosing

    def counted(*args, **kwargs):
        walks[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(error_leak, "enclosing", counted)
    head = ('import { Mistral } from "@mistralai/mistralai";\n'
            'const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });\n')
    route = ('export async function r{i}(req, res) {{\n  try {{\n'
             '    const out = await client.chat.complete({{ model: "m" }});\n'
             '    res.json(out.choices.map((c) => c.message));\n'
             '  }} catch (e) {{\n    res.status(500).json({{ error: "failed" }});\n  }}\n}}\n')
    counts = []
    for routes in (50, 100, 200):
        walks[0] = 0
        scan("routes.ts", (head + "".join(route.format(i=i) for i in range(routes))).encode(), Settings(),
             language="typescript")
        counts.append(max(walks[0], 1))
    assert counts[2] <= 4 * LINEAR_SLACK * counts[0], counts
