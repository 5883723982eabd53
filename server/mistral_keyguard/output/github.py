"""GitHub Actions workflow commands: one annotation per finding."""

from __future__ import annotations

from mistral_keyguard.catalogue import Severity
from mistral_keyguard.output.report import Report

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice",
            Severity.HINT: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, *, quiet: bool = False) -> str:
    lines = []
    for f in report.findings:
        s, e = f.span.start, f.span.end
        props = (f"file={_escape_property(f.path)},line={s.line + 1},col={s.character + 1},"
                 f"endLine={e.line + 1},endColumn={e.character + 1},"
                 f"title={_escape_property(f'{f.code} {f.name}')}")
        lines.append(f"::{_COMMAND[f.severity]} {props}::{_escape_data(f'{f.code} {f.message}')}")
    return "\n".join(lines) + ("\n" if lines else "")
