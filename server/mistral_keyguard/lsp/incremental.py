"""Re-scan only what an edit can affect, for keystroke latency on large files.

A document is split into chunks: the top-level statements (children of the tree's root), widened
to whole lines. After an edit, the engine scans a *reduced text*: the chunks the edit touched,
plus every chunk a rule could care about (any enabled rule's byte prefilter matches it, it is an
import, a suppression comment or the statement under one, or it is in the file header), plus the
chunks that define a top-level name a kept chunk uses, or use a name the edited chunks define or
defined. Findings in the other chunks are carried over from the previous result, moved by the edit.

This is a locality assumption (a rule's evidence lives in chunks its prefilter or the name links
reach), not a proof, so the server follows every incremental result with a full scan when typing
pauses and publishes again if the two differ. Any doubt (syntax errors, several edits it cannot
compose, no previous result, a small file) means a full scan right away.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Callable, NamedTuple

import tree_sitter as ts

from mistral_keyguard.engine import ScanResult
from mistral_keyguard.fixes import scan_with_fixes
from mistral_keyguard.finding import Finding, Position, Span, TextEdit
from mistral_keyguard.languages import parse_refusal, parser
from mistral_keyguard.rules import checkers_for
from mistral_keyguard.settings import Settings
from mistral_keyguard.suppression import parse_marker
from mistral_keyguard.lsp.text import UTF32

MIN_BYTES = 64 * 1024  # below this a full scan is fast enough
MAX_KEPT_FRACTION = 0.5  # if more than this must be re-scanned, scan everything
HEADER_LINES = 30
MAX_CACHED_CHUNKS = 16_000  # chunk facts kept for re-use (a 10,000-line module has about 1,300)
_NAME = re.compile(rb"[A-Za-z_$][A-Za-z0-9_$]*")
_IMPORT_TYPES = frozenset({"import_statement", "import_from_statement", "future_import_statement"})
_DEFINITION_FIELDS = {
    "function_definition": "name", "class_definition": "name", "function_declaration": "name",
    "generator_function_declaration": "name", "class_declaration": "name",
    "abstract_class_declaration": "name", "interface_declaration": "name",
    "type_alias_declaration": "name", "enum_declaration": "name",
}


@dataclass(frozen=True)
class Edit:
    """Bytes [start, old_end) of the base text became [start, new_end) of the current text."""

    start: int
    old_end: int
    new_end: int

    @property
    def delta(self) -> int:
        return self.new_end - self.old_end

    def then(self, start: int, end: int, new_end: int) -> "Edit":
        """This edit followed by another one, given in the coordinates after this one."""
        old_end = self.old_end + max(0, end - self.new_end)
        combined_end = max(self.new_end, end) + (new_end - end)
        return Edit(min(self.start, start), old_end, combined_end)

    def map_old(self, byte: int) -> int | None:
        if byte < self.start or (byte == self.start and self.old_end == self.start):
            return byte
        if byte >= self.old_end:
            return byte + self.delta
        return None


@dataclass(frozen=True)
class ChunkFacts:
    interesting: bool  # an enabled rule's prefilter matches, or it is an import / marker / header
    marker: bool
    defines: frozenset[bytes]
    names: frozenset[bytes]


class Chunk(NamedTuple):  # a tuple: thousands are re-made (moved) per keystroke
    start: int
    end: int
    facts: ChunkFacts


class ChunkCache:
    """Facts per chunk text; unchanged chunks are never looked at again."""

    def __init__(self) -> None:
        self._facts: dict[tuple, ChunkFacts] = {}

    def facts(self, key: tuple, node_types: list[ts.Node], data: bytes, prefilters) -> ChunkFacts:
        found = self._facts.get(key)
        if found is None:
            if len(self._facts) >= MAX_CACHED_CHUNKS:  # about 3 KB each: keep the newer half
                for stale in list(self._facts)[:MAX_CACHED_CHUNKS // 2]:
                    del self._facts[stale]
            found = self._facts[key] = _chunk_facts(node_types, data, prefilters)
        return found


def _chunk_facts(nodes: list[ts.Node], data: bytes, prefilters) -> ChunkFacts:
    marker = any(n.type == "comment" and parse_marker(n.text.decode("utf-8", "replace")) is not None
                 for n in nodes)
    imports = any(n.type in _IMPORT_TYPES for n in nodes)
    interesting = imports or marker or any(p.search(data) for p in prefilters)
    names = frozenset(_NAME.findall(data))
    defines: set[bytes] = set()
    for node in nodes:
        defines |= _defined_names(node, names)
    return ChunkFacts(interesting, marker, frozenset(defines), names)


def _defined_names(node: ts.Node, names: frozenset[bytes]) -> set[bytes]:
    """Top-level names a statement binds; when unsure, every name in it (safe, only slower)."""
    kind = node.type
    if kind == "comment":
        return set()
    if kind in ("export_statement", "decorated_definition"):
        inner = node.child_by_field_name("declaration") or node.child_by_field_name("definition")
        return _defined_names(inner, names) if inner is not None else set(names)
    if kind in _DEFINITION_FIELDS:
        name = node.child_by_field_name(_DEFINITION_FIELDS[kind])
        return {name.text} if name is not None else set(names)
    if kind in _IMPORT_TYPES:
        return set(_NAME.findall(node.text))
    if kind in ("lexical_declaration", "variable_declaration"):
        out: set[bytes] = set()
        for child in node.named_children:
            target = child.child_by_field_name("name") if child.type == "variable_declarator" else None
            if target is None:
                return set(names)
            out |= set(_NAME.findall(target.text))
        return out
    if kind == "expression_statement" and node.named_child_count == 1:
        inner = node.named_children[0]
        if inner.type in ("assignment", "augmented_assignment", "assignment_expression",
                          "augmented_assignment_expression"):
            left = inner.child_by_field_name("left")
            return set(_NAME.findall(left.text)) if left is not None else set(names)
        if inner.type in ("call", "call_expression", "string", "await", "await_expression"):
            return set()
    return set(names)


def chunks(tree: ts.Tree, data: bytes, line_starts: list[int], cache: ChunkCache, prefilters) -> list[Chunk]:
    """Top-level statements widened to whole lines; statements sharing a line form one chunk."""
    return _group(tree.root_node.children, 0, data, line_starts, cache, prefilters)


def _group(nodes, offset: int, data: bytes, line_starts: list[int], cache: ChunkCache, prefilters) -> list[Chunk]:
    """Chunks from top-level nodes whose bytes start `offset` into `data`."""
    out: list[Chunk] = []
    group: list[ts.Node] = []
    group_start = group_end = 0
    header_end = line_starts[min(HEADER_LINES, len(line_starts) - 1)]

    def flush() -> None:
        if group:
            text = data[group_start:group_end]
            facts = cache.facts((text, tuple(n.type for n in group)), group, text, prefilters)
            if group_start < header_end and not facts.interesting:
                facts = replace(facts, interesting=True)
            out.append(Chunk(group_start, group_end, facts))

    for node in nodes:
        node_start, node_end = node.start_byte + offset, node.end_byte + offset
        start = line_starts[bisect.bisect_right(line_starts, node_start) - 1]
        end_line = bisect.bisect_right(line_starts, max(node_start, node_end - 1)) - 1
        end = line_starts[end_line + 1] if end_line + 1 < len(line_starts) else len(data)
        if group and start < group_end:
            group.append(node)
            group_end = max(group_end, end)
            continue
        flush()
        group, group_start, group_end = [node], start, end
    flush()
    return out


def chunks_after(previous: list[Chunk], edit: Edit, language: str, data: bytes, line_starts: list[int],
                 cache: ChunkCache, prefilters) -> list[Chunk] | None:
    """The chunks of the edited text: the previous ones outside the edited region (those after it
    only move), and the region's own statements, parsed on their own (top-level statements parse
    the same alone as in the file). None when the region has a syntax error or its edges moved:
    the caller scans in full."""
    if not previous:
        return None
    if edit.start == edit.old_end == edit.new_end:
        return previous
    first = max(0, bisect.bisect_left(previous, edit.start, key=_end) - 1)
    last = min(len(previous) - 1, bisect.bisect_right(previous, edit.old_end, key=_start))
    region_start = previous[first].start
    region_end = previous[last].end + edit.delta if last < len(previous) - 1 else len(data)
    if region_end < region_start:
        return None
    if parse_refusal(language, data[region_start:region_end]) is not None:
        return None  # nesting the grammar cannot take: the full scan says so
    region = parser(language).parse(data[region_start:region_end])
    if region.root_node.has_error:
        return None
    middle = _group(region.root_node.children, region_start, data, line_starts, cache, prefilters)
    if not middle or middle[0].start != region_start or middle[-1].end != region_end:
        return None
    delta = edit.delta
    tail = [Chunk(c.start + delta, c.end + delta, c.facts) for c in previous[last + 1:]]
    return previous[:first] + middle + tail


@dataclass(frozen=True)
class Segment:
    reduced_start: int
    start: int
    end: int


def plan(current: list[Chunk], edit: Edit, previous: list[Chunk]) -> list[int] | None:
    """Indexes of the chunks to re-scan, or None when a full scan is the better deal.
    Every step is a pass of C-level set operations over the chunk facts: this runs per keystroke."""
    facts = [c.facts for c in current]
    first = max(0, bisect.bisect_left(current, edit.start, key=_end) - 1)
    edited: list[int] = []
    for i in range(first, len(current)):
        if current[i].start > edit.new_end:
            break
        if edit.start <= current[i].end:
            edited.append(i)
    kept = {i for i, f in enumerate(facts) if f.interesting}
    kept.update(i + 1 for i, f in enumerate(facts) if f.marker and i + 1 < len(facts))
    kept.update(edited)
    changed_names: set[bytes] = set()
    for i in edited:
        changed_names |= facts[i].defines
    old_first = max(0, bisect.bisect_left(previous, edit.start, key=_end) - 1) if previous else 0
    for chunk in previous[old_first:]:
        if chunk.start > edit.old_end:
            break
        if edit.start <= chunk.end:
            changed_names |= chunk.facts.defines
    if changed_names:
        kept.update(i for i, f in enumerate(facts) if not changed_names.isdisjoint(f.names))
    frontier = set(kept)
    seen_names: set[bytes] = set()
    while frontier:
        names: set[bytes] = set()
        for i in frontier:
            names |= facts[i].names
        names -= seen_names
        if not names:
            break
        seen_names |= names
        frontier = {i for i, f in enumerate(facts) if f.defines and i not in kept and not names.isdisjoint(f.defines)}
        kept |= frontier
    budget = MAX_KEPT_FRACTION * (current[-1].end or 1)
    if sum(current[i].end - current[i].start for i in kept) > budget:
        return None
    return sorted(kept)


def _end(chunk: Chunk) -> int:
    return chunk.end


def _start(chunk: Chunk) -> int:
    return chunk.start


def _gap(data: bytes, start: int, end: int) -> bytes:
    """What stands for the dropped whole lines [start, end): as many bare line breaks (LF, CRLF
    or lone CR), so line numbers (which messages quote) hold. After a kept chunk ending in a lone
    CR, a LF would make one CRLF of the two: a space comes first."""
    breaks = data.count(b"\n", start, end) + data.count(b"\r", start, end) - data.count(b"\r\n", start, end)
    lead = b" " if breaks and data[start - 1:start] == b"\r" else b""
    return lead + b"\n" * breaks


def rescan(path: str, data: bytes, language: str, settings: Settings, project, edit: Edit,
           current: list[Chunk], previous: list[Chunk], prior: ScanResult,
           position) -> ScanResult | None:
    """The incremental result, or None when the caller should run a full scan."""
    indexes = plan(current, edit, previous)
    if indexes is None:
        return None
    segments: list[Segment] = []
    parts: list[bytes] = []
    offset = 0
    previous_end = 0
    for i in indexes:
        chunk = current[i]
        if chunk.start > previous_end:
            gap = _gap(data, previous_end, chunk.start)
            parts.append(gap)
            offset += len(gap)
        if segments and segments[-1].end == chunk.start:
            last = segments[-1]
            segments[-1] = Segment(last.reduced_start, last.start, chunk.end)
        else:
            segments.append(Segment(offset, chunk.start, chunk.end))
        parts.append(data[chunk.start:chunk.end])
        offset += chunk.end - chunk.start
        previous_end = chunk.end
    reduced = b"".join(parts)
    result = scan_with_fixes(path, reduced, settings, language=language, project=project)
    starts = [s.reduced_start for s in segments]

    def to_document(byte: int) -> int:
        segment = segments[max(0, bisect.bisect_right(starts, byte) - 1)]
        return segment.start + (byte - segment.reduced_start)

    def in_kept(byte: int) -> bool:
        index = bisect.bisect_right([s.start for s in segments], byte) - 1
        return index >= 0 and segments[index].start <= byte < segments[index].end

    findings = [_move(f, to_document, position) for f in result.findings]
    for finding in prior.findings:
        moved_start = edit.map_old(finding.span.start.byte)
        if moved_start is None or in_kept(moved_start):
            continue
        carried = _move(finding, lambda b: edit.map_old(b) if edit.map_old(b) is not None else edit.new_end,
                        position)
        findings.append(carried)
    out = ScanResult(prior.path, sorted(findings, key=Finding.sort_key), list(result.notes), True)
    return out


def _move(finding: Finding, where, position) -> Finding:
    def span(s: Span) -> Span:
        return Span(position(where(s.start.byte)), position(where(s.end.byte)))

    def edit(e: TextEdit) -> TextEdit:
        return e if e.path is not None else replace(e, start=where(e.start), end=where(e.end))

    fixes = tuple(replace(f, edits=tuple(edit(e) for e in f.edits)) for f in finding.fixes)
    related = tuple(r if r.path is not None else replace(r, span=span(r.span)) for r in finding.related)
    return replace(finding, span=span(finding.span), fixes=fixes, related=related)


def prefilters_for(language: str, settings: Settings) -> list:
    return [c.prefilter for c in checkers_for(language, settings)]


def position_in(text) -> Callable[[int], Position]:
    """Engine positions (line, code point, byte) in the current document text."""
    def position(byte: int) -> Position:
        lsp = text.position(byte, UTF32)
        return Position(lsp.line, lsp.character, byte)

    return position
