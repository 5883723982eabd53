"""JSON output, schema version 1 (documented in the README). Never carries a key."""

from __future__ import annotations

import json

from mistral_keyguard import __version__
from mistral_keyguard.finding import Finding
from mistral_keyguard.output.report import Report, fixable_counts

SCHEMA_VERSION = 1


def finding_record(finding: Finding) -> dict:
    start, end = finding.span.start, finding.span.end
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "path": finding.path,
        "line": start.line + 1,
        "column": start.character + 1,
        "end_line": end.line + 1,
        "end_column": end.character + 1,
        "message": finding.message,
        "fingerprint": finding.fingerprint,
        "masked_key": finding.masked_key,
        "fixable": bool(finding.fixes),
        "fixes": [{"id": f.id, "title": f.title, "safe": f.safe} for f in finding.fixes],
        "related": [
            {"line": r.span.start.line + 1, "column": r.span.start.character + 1, "message": r.message}
            for r in finding.related
        ],
    }


def render(report: Report, *, quiet: bool = False) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "mistral-keyguard", "version": __version__},
        "findings": [{**finding_record(f), **(report.extra[i] if report.extra else {})}
                     for i, f in enumerate(report.findings)],
        "notes": report.notes,
        "summary": {"files_scanned": report.files_scanned, "findings": len(report.findings),
                    "fixable": fixable_counts(report.findings)[0],
                    "fixable_unsafe": fixable_counts(report.findings)[1],
                    "baselined": report.baselined},
    }
    return json.dumps(document, indent=2) + "\n"
