"""What every report format renders: the findings, the notes and how many files were scanned."""

from __future__ import annotations

from dataclasses import dataclass, field

from mistral_keyguard.finding import Finding


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files_scanned: int = 0
    # Source lines for code frames, by path; filled only for the text format.
    lines: dict[str, list[str]] = field(default_factory=dict)
