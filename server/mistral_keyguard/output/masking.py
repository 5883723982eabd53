"""Showing source lines without the key: the only way code reaches a report."""

from __future__ import annotations

from mistral_keyguard import keyshape
from mistral_keyguard.finding import Finding


def masked_line(line_text: str, line: int, findings: list[Finding]) -> str:
    """`line_text` with every key-bearing span on it masked, and any other key-shaped token too.

    A key split into concatenated parts is not key-shaped piece by piece, so the finding's own
    span is masked as a whole (its first and last four characters kept).
    """
    chars = list(line_text)
    for finding in findings:
        if finding.secret_hash is None:
            continue
        start, end = finding.span.start, finding.span.end
        if not (start.line <= line <= end.line):
            continue
        lo = start.character if start.line == line else 0
        hi = end.character if end.line == line else len(chars)
        lo, hi = max(0, min(lo, len(chars))), max(0, min(hi, len(chars)))
        keep = 4 if hi - lo > 8 and start.line == end.line else 0
        for i in range(lo + keep, hi - keep):
            if not chars[i].isspace():
                chars[i] = "*"
    return keyshape.redact_text("".join(chars))
