"""What every report format renders: the findings, the notes and how many files were scanned."""

from __future__ import annotations

from dataclasses import dataclass, field

from mistral_keyguard.finding import Finding

# Notes that mean a file could not be read at all (an I/O error, not a policy): exit code 2.
READ_ERROR = "cannot read"


def is_read_error(note: str) -> bool:
    return f": {READ_ERROR} (" in note


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files_scanned: int = 0
    baselined: int = 0  # findings left out because a baseline accepts them
    # Per finding, facts a command adds (history: commit, date, at_head); empty or aligned with findings.
    extra: list[dict] = field(default_factory=list)
    # Source lines for code frames, by path; filled only for the text format.
    lines: dict[str, list[str]] = field(default_factory=dict)


def fixable_counts(findings: list[Finding]) -> tuple[int, int]:
    """(findings a safe fix resolves, findings only an unsafe fix resolves)."""
    safe = sum(1 for f in findings if any(fix.safe for fix in f.fixes))
    unsafe_only = sum(1 for f in findings if f.fixes and not any(fix.safe for fix in f.fixes))
    return safe, unsafe_only
