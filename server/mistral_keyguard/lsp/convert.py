"""Engine types to LSP types and back. No decisions here, only translation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from lsprotocol import types

from mistral_keyguard.catalogue import RULES, Severity
from mistral_keyguard.finding import Finding, Fix, TextEdit
from mistral_keyguard.lsp.text import DocumentText

SOURCE = "mistral-keyguard"
FIX_ALL_KIND = "source.fixAll.mistral-keyguard"

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
    Severity.HINT: types.DiagnosticSeverity.Hint,
}


@dataclass(frozen=True)
class TextView:
    """Where a scanned text lives for the client: one document, or one cell of a notebook whose
    cells were scanned as one text starting `shift` bytes into it."""

    uri: str
    version: int | None
    text: DocumentText
    shift: int = 0

    def range(self, start: int, end: int, encoding: str) -> types.Range:
        return self.text.range(start - self.shift, end - self.shift, encoding)


# Maps a byte offset of the scanned text to the view holding it (identity for plain documents).
Locator = Callable[[int], TextView]


def diagnostic(finding: Finding, locate: Locator, encoding: str, path_uri: Callable[[str], str]) -> types.Diagnostic:
    view = locate(finding.span.start.byte)
    rule = RULES.get(finding.code)
    related = []
    for location in finding.related:
        if location.path is None:
            where = locate(location.span.start.byte)
            rng = where.range(location.span.start.byte, location.span.end.byte, encoding)
            related.append(types.DiagnosticRelatedInformation(
                location=types.Location(uri=where.uri, range=rng), message=location.message))
        else:
            pos = types.Position(line=location.span.start.line, character=location.span.start.character)
            related.append(types.DiagnosticRelatedInformation(
                location=types.Location(uri=path_uri(location.path), range=types.Range(start=pos, end=pos)),
                message=location.message))
    return types.Diagnostic(
        range=view.range(finding.span.start.byte, finding.span.end.byte, encoding),
        severity=_SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.code,
        code_description=types.CodeDescription(href=rule.docs_url) if rule else None,
        source=SOURCE,
        message=finding.message,
        related_information=related or None,
        data=diagnostic_data(finding, locate, encoding, path_uri),
    )


def diagnostic_data(finding: Finding, locate: Locator, encoding: str, path_uri) -> dict:
    """What identifies the finding and its fixes, nothing more: editors write diagnostics to trace
    logs, and a fix's edits may hold the key (the `.env` line). Edits are computed from the
    server's own state when a code action asks for them; nothing here is trusted back."""
    view = locate(finding.span.start.byte)
    return {
        "fingerprint": finding.fingerprint,
        "uri": view.uri,
        "version": view.version,
        "fixes": [{"id": fix.id, "title": fix.title, "safe": fix.safe, "preferred": fix.preferred,
                   "creations": [path_uri(c.path) for c in fix.creations]} for fix in finding.fixes],
    }


def fix_data(fix: Fix, locate: Locator, encoding: str, path_uri) -> dict:
    return {
        "id": fix.id,
        "title": fix.title,
        "safe": fix.safe,
        "preferred": fix.preferred,
        "edits": [edit_data(edit, locate, encoding, path_uri) for edit in fix.edits],
        "creations": [{"uri": path_uri(c.path), "text": c.text} for c in fix.creations],
        "untrack": [path_uri(path) for path in fix.untrack],
    }


def edit_data(edit: TextEdit, locate: Locator, encoding: str, path_uri) -> dict:
    if edit.path is None:
        view = locate(edit.start)
        rng = view.range(edit.start, edit.end, encoding)
        return {"uri": view.uri, "version": view.version,
                "range": [rng.start.line, rng.start.character, rng.end.line, rng.end.character],
                "newText": edit.new_text}
    # An edit in another file (a .gitignore): its offsets are bytes of that file on disk.
    return {"uri": path_uri(edit.path), "version": None, "bytes": [edit.start, edit.end],
            "newText": edit.new_text}


def lsp_edit(data: dict) -> types.TextEdit:
    line, char, end_line, end_char = data["range"]
    return types.TextEdit(
        range=types.Range(start=types.Position(line=line, character=char),
                          end=types.Position(line=end_line, character=end_char)),
        new_text=data["newText"])
