"""MK006 for an error's text stored in a module-level store that a route reads back.

A background job, a worker or a callback catches the Mistral error and puts its text into a
module-level dict or list (`JOBS[job_id] = {"status": "failed", "error": str(exc)}`): the line that
stores it answers nobody, but a status route that returns the store's item (`return JOBS[job_id]`),
in the same module or in one that imports the store, sends the text to the client. The leak is
reported where the text is stored, with the route's read as the related location.

A read of another field of the item (`JOBS[job_id]["status"]`), a membership test or a length
shows nothing; a store no route reads, or one only a non-answering module reads, stays clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import tree_sitter as ts

from mistral_keyguard.dataflow import node_text, string_content
from mistral_keyguard.document import SourceText
from mistral_keyguard.finding import Position, RelatedLocation, Span
from mistral_keyguard.rules.caught import SCOPE_TYPES
from mistral_keyguard.rules.returned_errors import importer_analyses
from mistral_keyguard.sinks import FUNCTION_TYPES, enclosing

_STORE_VALUES = frozenset({"dictionary", "list", "call", "dictionary_comprehension"})
_MAX_READS = 32


def stored_error_leaks(analysis, leak: ts.Node, store: ts.Node, name: str,
                       exposed: Callable[[ts.Node], ts.Node | None]) -> Iterator[tuple[ts.Node, ts.Node, str]]:
    """(leak, sink, how) when `name`, the holder the error's text was put into by `store` (an
    assignment), is a module-level store that a route of this module or of an importer sends."""
    if analysis.language != "python" or not _module_store(analysis, name):
        return
    field = _stored_field(store, leak)
    fn = enclosing(store, FUNCTION_TYPES)
    # Each store's reads are found once per file, and its importers parsed once: a module with
    # many handlers storing into the same dict walks it once.
    memo = analysis.__dict__.setdefault("_store_reads", {})
    if name not in memo:
        memo[name] = (list(_reads(analysis.root, name)),
                      [(importer, [read for local in sorted(names) for read in _reads(importer.root, local)], head, path)
                       for importer, names, head, path in importer_analyses(analysis, name)])
    own, importers = memo[name]
    for read in own:
        if fn is not None and fn.start_byte <= read.start_byte < fn.end_byte:
            continue  # the storing function's own reads
        found = _sent(analysis, read, field, exposed)
        if found is not None:
            yield leak, found[0], f"stored in {name}, which a route reads back: {found[1]}"
            return
    for importer, reads, head, path in importers:
        for read in reads:
            found = _sent(importer, read, field, exposed)
            if found is None:
                continue
            start = SourceText(head).span(read.start_byte, read.end_byte).start
            point = Position(start.line, start.character, 0)
            related = RelatedLocation(Span(point, point), f"{node_text(read)} is sent to the client here", path=path)
            if fn is not None:
                analysis.__dict__.setdefault("_forward_related", {})[fn.start_byte] = related
            yield leak, found[0], f"stored in {name}, which an importer's route reads back: {found[1]}"
            return


def _module_store(analysis, name: str) -> bool:
    """`JOBS: dict[str, dict] = {}` at the module's top level (a dict, a list, a `defaultdict(…)`)."""
    for binding in analysis.flow.by_name.get(name, ())[:4]:
        if enclosing(binding.name_node, SCOPE_TYPES) is None and binding.value.type in _STORE_VALUES:
            return True
    return False


def _stored_field(store: ts.Node, leak: ts.Node) -> str | None:
    """The key the text sits under in the stored dict (`{"error": str(exc)}` -> error)."""
    value = store.child_by_field_name("right")
    if value is None or value.type != "dictionary":
        return None
    for pair in value.named_children:
        if pair.type == "pair" and pair.start_byte <= leak.start_byte < pair.end_byte:
            key = pair.child_by_field_name("key")
            return string_content(key) if key is not None and key.type == "string" else None
    return None


def _reads(root: ts.Node, name: str) -> Iterator[ts.Node]:
    """Reads of the store's item (`name[…]`, `name.get(…)`), the first few."""
    stack, seen = [root], 0
    while stack and seen < _MAX_READS:
        node = stack.pop()
        if node.type == "identifier" and node_text(node) == name:
            parent = node.parent
            if parent is not None and parent.type == "subscript" and parent.child_by_field_name("value") == node:
                seen += 1
                yield parent
            elif parent is not None and parent.type == "attribute" and parent.child_by_field_name("object") == node \
                    and node_text(parent.child_by_field_name("attribute")) == "get" \
                    and parent.parent is not None and parent.parent.type == "call":
                seen += 1
                yield parent.parent
            continue
        stack.extend(reversed(node.named_children))


def _sent(analysis, read: ts.Node, field: str | None, exposed) -> tuple[ts.Node, str] | None:
    """Where the item read goes, when it reaches the client whole or by the text's field."""
    if _reads_other_field(read, field):
        return None
    shown = exposed(read)
    if shown is None:
        return None
    found = analysis.sink_of(shown, enclosing(read, FUNCTION_TYPES) or analysis.root)
    return found if found is not None and not found[1].startswith("alias:") else None


def _reads_other_field(read: ts.Node, field: str | None) -> bool:
    """`JOBS[id]["status"]`, `JOBS[id].get("status")`: another field than the stored text's."""
    parent = read.parent
    if parent is None:
        return False
    key = None
    if parent.type == "subscript" and parent.child_by_field_name("value") == read:
        index = parent.child_by_field_name("subscript")
        key = string_content(index) if index is not None and index.type == "string" else None
    elif parent.type == "attribute" and node_text(parent.child_by_field_name("attribute")) == "get" \
            and parent.parent is not None and parent.parent.type == "call":
        args = parent.parent.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_children else None
        key = string_content(first) if first is not None and first.type == "string" else None
    return key is not None and key != field
