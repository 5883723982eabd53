"""Human output: `path:line:col: MK001 message`, a code frame with the key masked, a summary."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from mistral_keyguard.output.masking import masked_line
from mistral_keyguard.output.report import Report, fixable_counts, is_read_error


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


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def summary(report: Report) -> str:
    files = plural(report.files_scanned, "file")
    baselined = f" ({plural(report.baselined, 'baselined finding')} not shown)" if report.baselined else ""
    unread = sum(1 for note in report.notes if is_read_error(note))
    if unread:
        return f"Found {plural(len(report.findings), 'problem')} in {files}, but {unread} could not be read (see the notes)."
    if not report.findings:
        return f"No Mistral key leaks found in {files}.{baselined}"
    counts = Counter(f.severity.value for f in report.findings)
    detail = ", ".join(plural(n, level) for level, n in sorted(counts.items()))
    line = f"Found {plural(len(report.findings), 'problem')} ({detail}) in {files}.{baselined}"
    safe, unsafe_only = fixable_counts(report.findings)
    if safe or unsafe_only:
        fixable = f"{safe} fixable with --fix"
        more = f" ({unsafe_only} more with --unsafe-fixes)" if unsafe_only else ""
        line += f"\n{fixable}{more}; preview with --diff."
    return line


def fix_summary(run, written: list[Path], base: Path) -> str:
    """What `--fix` did (a `fix_writer.FixRun`), per fix, and the files it created (a new proxy
    needs authentication before it goes public)."""
    lines = [f"Applied {plural(run.fixes_applied, 'fix', 'fixes')} in {plural(len(written), 'file')}."]
    for (code, title), count in sorted(run.applied.items()):
        lines.append(f"  {code} {title}: {count}")
    for path in written:
        if run.overlay.original.get(path) is None:
            try:
                name = path.relative_to(base.resolve()).as_posix()
            except ValueError:
                name = path.as_posix()
            note = " (add authentication and rate limiting before it goes public)" if "mistral" in name else ""
            lines.append(f"  created {name}{note}")
    lines += [f"  {refused}" for refused in run.refused]  # files a fix may not write (see fix_writer)
    return "\n".join(lines)


def history_summary(found) -> str:
    """The last lines of `history` (a `history.History`)."""
    scanned = f"{plural(found.commits, 'commit')}, {plural(found.blobs_scanned, 'file version')} scanned"
    if not found.findings:
        return f"No Mistral keys found in the history ({scanned})."
    keys = {h.finding.secret_hash for h in found.findings}
    at_head = {h.finding.secret_hash for h in found.findings if h.at_head}
    return (f"Found {plural(len(keys), 'key')} in the history ({scanned}); {len(at_head)} still at HEAD.\n"
            "A key that was ever committed stays in every clone: rotate each one listed "
            "(https://console.mistral.ai/api-keys), even if the code no longer has it.")
