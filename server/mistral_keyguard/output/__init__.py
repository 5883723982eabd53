"""Report formats for `mistral-keyguard check`. Each takes a `Report` and returns text."""

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


def render(fmt: str, report: Report, *, quiet: bool = False) -> str:
    from mistral_keyguard.output import github, json_format, sarif, text

    renderers = {"text": text.render, "json": json_format.render, "sarif": sarif.render,
                 "github": github.render}
    return renderers[fmt](report, quiet=quiet)


FORMATS = ("text", "json", "sarif", "github")
