"""Report formats for `mistral-keyguard check`. Each takes a `Report` and returns text."""

from __future__ import annotations

from dataclasses import replace

from mistral_keyguard import keyshape
from mistral_keyguard.output import github, json_format, sarif, text
from mistral_keyguard.output.report import Report, fixable_counts

__all__ = ["FORMATS", "Report", "fixable_counts", "render"]

_RENDERERS = {"text": text.render, "json": json_format.render, "sarif": sarif.render, "github": github.render}
FORMATS = tuple(_RENDERERS)


def render(fmt: str, report: Report, *, quiet: bool = False) -> str:
    return _RENDERERS[fmt](displayable(report), quiet=quiet)


def displayable(report: Report) -> Report:
    """The report as any format may show it: notes and paths (which echo user input: settings
    values, file names) with key-shaped tokens masked and undecodable bytes replaced."""
    def shown(path: str | None) -> str | None:
        return None if path is None else keyshape.redact_loose(keyshape.printable(path))

    findings = [
        replace(f, path=shown(f.path), related=tuple(replace(r, path=shown(r.path)) for r in f.related))
        for f in report.findings
    ]
    lines = {shown(path): text for path, text in report.lines.items()}
    notes = [keyshape.redact_loose(keyshape.printable(note)) for note in report.notes]
    return replace(report, findings=findings, notes=notes, lines=lines)
