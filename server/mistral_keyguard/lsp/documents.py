"""Per-document state: text, tree-sitter tree, version and the last scan result.

Edits are applied incrementally: the text is spliced, the tree is told about the edit
(`Tree.edit`) and re-parsed with the old tree, so tree-sitter re-uses every unchanged subtree.
The tree handed to a scan is never edited afterwards (each change edits a copy), so a scan
running in the worker thread reads a stable snapshot.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import InitVar, dataclass, field
from pathlib import PurePath

import tree_sitter as ts
from lsprotocol import types

from mistral_keyguard.engine import ProjectContext, ScanResult
from mistral_keyguard.languages import LANGUAGE_IDS, has_grammar, language_for_path, parse_refusal, parser
from mistral_keyguard.lsp.convert import TextView
from mistral_keyguard.lsp.incremental import Edit
from mistral_keyguard.lsp.text import DocumentText, PositionError

log = logging.getLogger("mistral_keyguard.lsp")


def language_of(path: str, language_id: str | None) -> str | None:
    """Our language name from the file name first (it knows `.env.local`, `Dockerfile`), then
    from the client's languageId."""
    by_name = language_for_path(PurePath(path).name) if path else None
    if by_name:
        return by_name
    return LANGUAGE_IDS.get(language_id or "")


@dataclass(frozen=True)
class Snapshot:
    """What one scan saw: the version, text and tree of a document (or of a notebook's code cells
    joined into one text) at one moment, and where each part of that text lives for the client."""

    version: int | None
    text: DocumentText
    tree: ts.Tree | None
    views: tuple[TextView, ...]
    # When `tree` is None: the last parsed tree with every edit since applied (`Tree.edit`), for
    # an incremental parse by whoever needs the tree (the scan thread), never parsed on keystroke.
    base: ts.Tree | None = None

    def locate(self, byte: int) -> TextView:
        if len(self.views) == 1:
            return self.views[0]
        index = bisect.bisect_right([v.shift for v in self.views], byte) - 1
        return self.views[max(0, index)]


@dataclass
class ScanOutcome:
    """A finished scan of one snapshot, with the settings generation it used."""

    snapshot: Snapshot
    result: ScanResult
    generation: int
    chunks: list | None = None  # incremental.Chunk list of the snapshot, computed when first needed
    # (only from an error-free parse: a text with syntax errors is always scanned in full)
    incremental: bool = False  # produced by a partial re-scan (a full scan will confirm it)
    first_pass: bool = False  # the fast partial scan of a newly opened document (confirmed at once)


@dataclass
class OpenDocument:
    uri: str
    path: str
    language: str | None
    version: int | None
    text: DocumentText
    tree: ts.Tree | None = None
    project: ProjectContext | None = None
    outcome: ScanOutcome | None = None
    scan_due: bool = True  # the current version still needs a scan (onSave mode waits for a save)
    pending: object = field(default=None, repr=False)  # the debounce timer handle
    language_id: str | None = None
    # (version after, byte edit from the previous version) for recent changes; None = replaced
    history: list = field(default_factory=list, repr=False)
    # `tree` is the last parsed tree; `edited` a copy of it with the edits since (None: current)
    edited: ts.Tree | None = field(default=None, repr=False)

    # False for `didOpen`: the handler returns at once and the scan thread parses (then `adopt`).
    parse_now: InitVar[bool] = True

    def __post_init__(self, parse_now: bool) -> None:
        self.history.append((self.version, None))
        if self.tree is None and parse_now:
            self.tree = self._parse(None)

    def _parse(self, old: ts.Tree | None) -> ts.Tree | None:
        if self.language is None or not has_grammar(self.language):
            return None
        if parse_refusal(self.language, self.text.data) is not None:
            return None  # the grammar would crash or stall the server; the scan says why
        return parser(self.language).parse(self.text.data, old) if old else parser(self.language).parse(self.text.data)

    def snapshot(self) -> Snapshot:
        views = (TextView(self.uri, self.version, self.text),)
        if self.edited is not None:
            return Snapshot(self.version, self.text, None, views, base=self.edited.copy())
        return Snapshot(self.version, self.text, self.tree, views)

    def current_tree(self) -> ts.Tree | None:
        """The tree of the current text, re-parsing (incrementally) if edits are pending."""
        if self.edited is not None:
            self.tree, self.edited = self._parse(self.edited), None
        elif self.tree is None:
            self.tree = self._parse(None)
        return self.tree

    def adopt(self, snapshot: Snapshot) -> None:
        """Keep a tree the scan thread parsed for the current version (saves a re-parse)."""
        if snapshot.version == self.version and snapshot.tree is not None and (
                self.edited is not None or self.tree is None):
            self.tree, self.edited = snapshot.tree, None

    def apply_changes(self, changes, version: int | None, encoding: str) -> list[str]:
        """Apply `didChange` content changes; return a note per change that had to be clamped."""
        notes: list[str] = []
        text = self.text
        tree = self.edited if self.edited is not None else (self.tree.copy() if self.tree is not None else None)
        combined: Edit | None = None
        replaced = False
        for change in changes:
            if getattr(change, "range", None) is None:
                text = DocumentText.from_str(change.text)
                tree = None
                replaced = True
                continue
            try:
                start = text.offset(change.range.start, encoding, strict=True)
                end = text.offset(change.range.end, encoding, strict=True)
            except PositionError as exc:
                notes.append(f"{self.uri}: edit {_describe(change.range)} is outside the document ({exc}); "
                             f"clamped to the document end")
                start = text.offset(change.range.start, encoding)
                end = text.offset(change.range.end, encoding)
            if end < start:
                notes.append(f"{self.uri}: edit {_describe(change.range)} ends before it starts; swapped")
                start, end = end, start
            new = change.text.encode("utf-8", "surrogatepass")
            start_point, old_end_point = text.point(start), text.point(end)
            text = text.replace(start, end, new)
            combined = Edit(start, end, start + len(new)) if combined is None else combined.then(
                start, end, start + len(new))
            if tree is not None:
                tree.edit(start, end, start + len(new), start_point, old_end_point, text.point(start + len(new)))
        self.text = text
        self.version = version
        if replaced or tree is None:
            self.tree, self.edited = None, None  # parsed from scratch when first needed
        else:
            self.edited = tree  # parsed when first needed: typing does not wait for it
        self.history.append((version, None if replaced else combined))
        del self.history[:-200]
        return notes

    def edit_since(self, version: int | None) -> Edit | None:
        """The one byte edit that turns the text of `version` into the current text, if known."""
        if version == self.version:
            return Edit(0, 0, 0)
        found = False
        combined: Edit | None = None
        for after, edit in self.history:
            if not found:
                found = after == version
                continue
            if edit is None:
                return None
            combined = edit if combined is None else combined.then(edit.start, edit.old_end, edit.new_end)
        return combined if found else None


def _describe(rng: types.Range) -> str:
    return f"{rng.start.line}:{rng.start.character}-{rng.end.line}:{rng.end.character}"
