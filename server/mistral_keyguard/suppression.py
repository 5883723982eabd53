"""Inline suppressions, found on real comment nodes.

`mistral-keyguard: ignore` (all rules) or `mistral-keyguard: ignore[MK001,MK004]` on the
finding's line or alone on the line above; also detect-secrets' `pragma: allowlist secret` and
gitleaks' `gitleaks:allow`, which teams already write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.document import SourceText

_OURS = re.compile(r"mistral-keyguard:\s*ignore(?:\[([A-Za-z0-9,\s]+)\])?", re.IGNORECASE)
_FOREIGN = re.compile(r"pragma:\s*allowlist[ -]secret|gitleaks:allow", re.IGNORECASE)
ALL = frozenset({"*"})


@dataclass(frozen=True)
class Suppression:
    line: int
    codes: frozenset[str]


def comment_syntax(language: str) -> str:
    return "#" if language in ("python", "dotenv", "yaml", "toml", "ini", "dockerfile", "notebook", "makefile",
                               "justfile", "earthfile", "hcl", "shell") else "//"


def parse_marker(text: str) -> frozenset[str] | None:
    match = _OURS.search(text)
    if match:
        if match.group(1):
            return frozenset(c.strip().upper() for c in match.group(1).split(",") if c.strip())
        return ALL
    if _FOREIGN.search(text):
        return ALL
    return None


def suppressions_from_comments(language: str, root: ts.Node, source: SourceText) -> dict[int, frozenset[str]]:
    """Line -> suppressed codes. A comment alone on its line also covers the next line."""
    by_line: dict[int, frozenset[str]] = {}
    for node in queries.captures(language, "comments", root).get("comment", ()):
        codes = parse_marker(node.text.decode("utf-8", "replace"))
        if codes is None:
            continue
        line = source.line_of(node.start_byte)  # not the tree-sitter row: a lone CR ends a line
        lines = [line]
        before = source.data[source.line_start(line):node.start_byte]
        if not before.strip():
            lines.append(source.line_of(node.end_byte) + 1)
        for target in lines:
            by_line[target] = by_line.get(target, frozenset()) | codes
    return by_line


def suppressions_from_lines(source: SourceText, prefix: str = "#") -> dict[int, frozenset[str]]:
    """For formats without a tree (config files): markers in `prefix` comments."""
    by_line: dict[int, frozenset[str]] = {}
    for line in range(source.line_count):
        text = source.line_text(line)
        idx = text.find(prefix)
        if idx < 0:
            continue
        codes = parse_marker(text[idx:])
        if codes is None:
            continue
        targets = [line, line + 1] if not text[:idx].strip() else [line]
        for target in targets:
            by_line[target] = by_line.get(target, frozenset()) | codes
    return by_line


def is_suppressed(by_line: dict[int, frozenset[str]], line: int, code: str) -> bool:
    codes = by_line.get(line)
    return bool(codes) and ("*" in codes or code in codes)
