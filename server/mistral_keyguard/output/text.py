"""Human output: `path:line:col: MK001 message`, a code frame with the key masked, a summary."""

from __future__ import annotations

from collections import Counter

from mistral_keyguard.output.masking import masked_line
from mistral_keyguard.output.report import Report
from mistral_keyguard.workspace import is_read_error


def render(report: Report, *, quiet: bool = False) -> str:
    out: list[str] = []
    by_path: dict[str, list] = {}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    for finding in report.findings:
        start = finding.span.start
        out.append(f"{finding.path}:{start.line + 1}:{start.character + 1}: {finding.code} {finding.message}")
        if quiet:
            continue
        lines = report.lines.get(finding.path)
        if lines:
            width = len(str(finding.span.end.line + 2))
            for number in range(max(0, start.line - 1), min(len(lines), start.line + 2)):
                text = masked_line(lines[number], number, by_path[finding.path])
                marker = ">" if number == start.line else " "
                out.append(f" {marker} {number + 1:>{width}} | {text}")
            for related in finding.related:
                out.append(f"   = note: line {related.span.start.line + 1}: {related.message}")
            out.append("")
    if not quiet:
        for note in report.notes:
            out.append(f"note: {note}")
        out.append(summary(report))
    return "\n".join(out) + ("\n" if out else "")


def summary(report: Report) -> str:
    files = f"{report.files_scanned} file{'s' if report.files_scanned != 1 else ''}"
    unread = sum(1 for note in report.notes if is_read_error(note))
    if unread:
        found = f"{len(report.findings)} problem{'s' if len(report.findings) != 1 else ''}"
        return f"Found {found} in {files}, but {unread} could not be read (see the notes)."
    if not report.findings:
        return f"No Mistral key leaks found in {files}."
    counts = Counter(f.severity.value for f in report.findings)
    detail = ", ".join(f"{n} {level}{'s' if n != 1 else ''}" for level, n in sorted(counts.items()))
    n = len(report.findings)
    return f"Found {n} problem{'s' if n != 1 else ''} ({detail}) in {files}."
