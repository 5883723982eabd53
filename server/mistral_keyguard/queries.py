"""Load and compile the tree-sitter queries in `queries/<language>/<name>.scm`, once per process.

A file may start with `; inherits: a,b` (the nvim-treesitter modeline). py-tree-sitter does not
read it, so the loader concatenates the inherited files first: JavaScript, TypeScript and TSX share
`queries/ecma/` instead of keeping three copies.
"""

from __future__ import annotations

import re
from bisect import bisect_left
import threading
from contextlib import contextmanager
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter, sub
from pathlib import Path

import tree_sitter as ts

from mistral_keyguard.languages import grammar

_INHERITS = re.compile(r"^;+\s*inherits\s*:\s*([\w,\s]+)$", re.MULTILINE)


@lru_cache(maxsize=1)
def queries_dir() -> Path:
    """The installed copy (inside the wheel) or, in a checkout, the repository's `queries/`."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "queries", here.parent.parent / "queries"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("mistral-keyguard queries folder not found; reinstall the package")


def query_path(language: str, name: str) -> Path:
    return queries_dir() / language / f"{name}.scm"


@lru_cache(maxsize=None)
def has_query(language: str, name: str) -> bool:
    return query_path(language, name).is_file()


def query_source(language: str, name: str, _seen: frozenset[str] = frozenset()) -> str:
    path = query_path(language, name)
    text = path.read_text(encoding="utf-8")
    parts = []
    match = _INHERITS.search(text.split("\n", 1)[0]) if text.startswith(";") else None
    if match:
        for parent in (p.strip() for p in match.group(1).split(",")):
            if parent and parent not in _seen:
                parts.append(query_source(parent, name, _seen | {language}))
    parts.append(text)
    return "\n".join(parts)


# Each query is built once and kept for the life of the process: py-tree-sitter 0.26 crashes the
# process (SIGSEGV) when a Query object with predicates is freed. An lru_cache would build a query
# twice when two threads ask at once (the server's warm-up and its workspace scan did) and free
# one of them; the lock makes the second thread wait for the first one's query instead.
_COMPILED: dict[tuple[str, str], ts.Query] = {}
_BUILDING = threading.Lock()


def compiled(language: str, name: str) -> ts.Query:
    """The compiled query; a node type that the grammar lacks raises QueryError here."""
    query = _COMPILED.get((language, name))
    if query is None:
        with _BUILDING:
            query = _COMPILED.get((language, name))
            if query is None:
                query = _COMPILED[(language, name)] = ts.Query(grammar(language), query_source(language, name))
    return query


def precompile(languages) -> None:
    """Compile every query of these languages now: `check` does it before it forks its workers,
    which then start with them (each worker compiled them all again: 0.4 s of CPU per process
    for Python, JavaScript, TypeScript and TSX)."""
    for language in filter(None, languages):
        folder = queries_dir() / language
        for path in sorted(folder.glob("*.scm")) if folder.is_dir() else ():
            try:
                compiled(language, path.stem)
            except Exception:  # noqa: BLE001 - the scan that needs the query reports its error
                continue


def matches(language: str, name: str, node: ts.Node) -> list[tuple[int, dict[str, list[ts.Node]]]]:
    shared = _shared(language, name, node)
    if shared is not None:
        return shared
    cursor = ts.QueryCursor(compiled(language, name), match_limit=4096)
    return cursor.matches(node)


def captures(language: str, name: str, node: ts.Node) -> dict[str, list[ts.Node]]:
    shared = _shared(language, name, node)
    if shared is not None:
        out: dict[str, list[ts.Node]] = {}
        for _, caps in shared:
            for capture, nodes in caps.items():
                out.setdefault(capture, []).extend(nodes)
        return out
    cursor = ts.QueryCursor(compiled(language, name), match_limit=4096)
    return cursor.captures(node)


# The matches of several queries found in one traversal (`one_pass`), for this thread only:
# (language, node, {query name: matches}).
_ONE_PASS = threading.local()


@contextmanager
def one_pass(language: str, node: ts.Node, names: tuple[str, ...]):
    """Within the block, `matches` and `captures` of these queries on `node` read what one
    traversal of the tree found for all of them. On a 5 MB bundle each traversal costs about
    0.45 s even when nothing matches; the queries of one rule share one. The results live only
    as long as the block (they hold a node for every match)."""
    names = tuple(n for n in dict.fromkeys(names) if has_query(language, n))
    found = _matches_together(language, names, node) if len(names) > 1 else None
    previous = getattr(_ONE_PASS, "results", None)
    _ONE_PASS.results = (language, node, found) if found is not None else previous
    try:
        yield
    finally:
        _ONE_PASS.results = previous


def _shared(language: str, name: str, node: ts.Node) -> list | None:
    results = getattr(_ONE_PASS, "results", None)
    if results is None or results[0] != language or results[1] != node:
        return None
    return results[2].get(name)


def _matches_together(language: str, names: tuple[str, ...], node: ts.Node) -> dict[str, list] | None:
    """{name: matches} from one cursor over the queries joined into one; None when the joined
    query dropped matches (its in-progress limit is shared) or its patterns do not line up."""
    query, starts = _joined(language, names)
    if query is None:
        return None
    cursor = ts.QueryCursor(query, match_limit=4096)
    found = cursor.matches(node)
    if cursor.did_exceed_match_limit:
        return None
    # Split with C-level iterators: a bundle has hundreds of thousands of matches.
    indexes = list(map(itemgetter(0), found))
    out: dict[str, list] = {}
    for part, start in enumerate(starts):
        end = starts[part + 1] if part + 1 < len(starts) else query.pattern_count
        mine = [start <= index < end for index in range(query.pattern_count)]
        picked = list(compress(found, map(mine.__getitem__, indexes)))
        if start:  # numbered as in the query alone
            picked = list(zip(map(sub, map(itemgetter(0), picked), repeat(start)), map(itemgetter(1), picked)))
        out[names[part]] = picked
    return out


def _joined(language: str, names: tuple[str, ...]) -> tuple[ts.Query | None, list[int]]:
    """The queries' sources concatenated, compiled once (kept, like every query: see `compiled`),
    and the index of each one's first pattern in it, found from where each pattern starts in the
    source: the queries alone need not be compiled (the editor's first large file waited for
    both)."""
    key = (language, "+".join(names))
    entry = _JOINED.get(key)
    if entry is None:
        with _BUILDING:
            entry = _JOINED.get(key)
            if entry is None:
                entry = _JOINED[key] = _join(language, names)
    return entry


def _join(language: str, names: tuple[str, ...]) -> tuple[ts.Query | None, list[int]]:
    sources = [query_source(language, name).encode("utf-8") for name in names]
    offsets, total = [], 0
    for source in sources:
        offsets.append(total)
        total += len(source) + 1  # the joining newline
    query = ts.Query(grammar(language), b"\n".join(sources).decode("utf-8"))
    pattern_starts = [query.start_byte_for_pattern(index) for index in range(query.pattern_count)]
    starts = [bisect_left(pattern_starts, offset) for offset in offsets]
    for name, start, end in zip(names, starts, starts[1:] + [query.pattern_count]):
        _JOINED_PARTS.setdefault((language, name), (query, start, end))
    return query, starts


# Joined queries by (language, names joined by "+"), and, per query name, one joined query holding
# it with the range of its patterns there (`settings` reads them without compiling it alone).
_JOINED: dict[tuple[str, str], tuple[ts.Query | None, list[int]]] = {}
_JOINED_PARTS: dict[tuple[str, str], tuple[ts.Query, int, int]] = {}


def settings(language: str, name: str, pattern_index: int) -> dict[str, str | None]:
    return _all_settings(language, name)[pattern_index]


@lru_cache(maxsize=None)
def _all_settings(language: str, name: str) -> tuple[dict[str, str | None], ...]:
    """Every pattern's `#set!` values, copied once. Asking py-tree-sitter for them per match
    (hundreds of thousands of times on a large bundle) corrupted reference counts and crashed
    the interpreter when the query was freed."""
    part = _JOINED_PARTS.get((language, name))
    if part is not None:
        query, start, end = part
        return tuple(dict(query.pattern_settings(i)) for i in range(start, end))
    query = compiled(language, name)
    return tuple(dict(query.pattern_settings(i)) for i in range(query.pattern_count))
