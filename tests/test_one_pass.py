"""The queries of a rule joined into one traversal (`queries.one_pass`, used by the engine on large
files) find exactly what each query finds alone, in the same order, and the engine reports the
same findings either way. Checked on every code fixture, with the size threshold lowered to 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from keyguard_testing import FIXTURES
from mistral_keyguard import dataflow, engine, queries
from mistral_keyguard.languages import language_for_path, parser
from mistral_keyguard.rules.hardcoded_key import CHECKERS
from mistral_keyguard.settings import Settings

SHARED = CHECKERS[0].queries
CODE_LANGUAGES = ("python", "javascript", "typescript", "tsx")


def code_fixtures() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.is_file() and ".fixed." not in p.name
                  and language_for_path(p.name) in CODE_LANGUAGES)


def _plain(found) -> list:
    return [(index, {name: [(n.type, n.start_byte, n.end_byte) for n in nodes] for name, nodes in caps.items()})
            for index, caps in found]


def test_there_are_code_fixtures() -> None:
    assert len(code_fixtures()) > 50


@pytest.mark.parametrize("fixture", code_fixtures(), ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_joined_queries_match_each_query_alone(fixture: Path) -> None:
    language = language_for_path(fixture.name)
    root = parser(language).parse(fixture.read_bytes()).root_node
    names = [n for n in SHARED if queries.has_query(language, n)]
    alone = {n: _plain(queries.matches(language, n, root)) for n in names}
    comments = queries.captures(language, "comments", root) if "comments" in names else None
    with queries.one_pass(language, root, tuple(names)):
        assert queries._shared(language, names[0], root) is not None  # the joined pass ran
        for name in names:
            assert _plain(queries.matches(language, name, root)) == alone[name], name
        if comments is not None:
            # The same comments, in document order (what `_comment_blocks` assumes): a query's own
            # captures() gives trailing comments out of order.
            shared = queries.captures(language, "comments", root).get("comment", [])
            assert shared == sorted(comments.get("comment", []), key=lambda n: n.start_byte)
    assert queries._shared(language, names[0], root) is None  # gone after the block


@pytest.mark.parametrize("fixture", code_fixtures(), ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_engine_findings_are_the_same_in_one_pass(fixture: Path, monkeypatch) -> None:
    data = fixture.read_bytes()
    name = fixture.relative_to(FIXTURES).as_posix()
    before = [(f.code, f.span.start.byte, f.span.end.byte, f.message) for f in engine.scan(name, data, Settings()).findings]
    monkeypatch.setattr(engine, "ONE_PASS_BYTES", 0)
    after = [(f.code, f.span.start.byte, f.span.end.byte, f.message) for f in engine.scan(name, data, Settings()).findings]
    assert after == before


@pytest.mark.parametrize("fixture", code_fixtures(), ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_binding_kind_from_the_pattern_is_the_parents(fixture: Path) -> None:
    """`Binding.variable` comes from the query pattern; it must say what the name's parent says."""
    language = language_for_path(fixture.name)
    flow = dataflow.ValueFlow(language, parser(language).parse(fixture.read_bytes()).root_node)
    for binding in flow.bindings:
        parent = binding.name_node.parent
        assert binding.variable == (parent is None or parent.type not in ("pair", "keyword_argument")), binding.name


@pytest.mark.parametrize("fixture", code_fixtures(), ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_binding_path_from_the_root_is_the_walk_up(fixture: Path) -> None:
    """MK001's binding paths found in one descent from the root are those of the walk up."""
    from mistral_keyguard.rules.hardcoded_key import binding_path

    language = language_for_path(fixture.name)
    root = parser(language).parse(fixture.read_bytes()).root_node
    for binding in dataflow.ValueFlow(language, root).bindings:
        assert binding_path(binding.name_node, root) == binding_path(binding.name_node), binding.name


@pytest.mark.parametrize("language", CODE_LANGUAGES)
def test_joined_query_knows_each_part_without_compiling_it(language: str) -> None:
    """Where each query's patterns start in the joined one, and their `#set!` values, are read
    from the joined query (the editor's first large file compiled every query twice); they are
    those of each query compiled alone."""
    names = tuple(dict.fromkeys(n for checker in engine._checkers(language, Settings()) for n in checker.queries
                                if queries.has_query(language, n)))
    query, starts = queries._joined(language, names)  # kept: a freed query can crash the process
    ends = starts[1:] + [query.pattern_count]
    for name, start, end in zip(names, starts, ends):
        alone = queries.compiled(language, name)
        assert end - start == alone.pattern_count, name
        assert [dict(query.pattern_settings(i)) for i in range(start, end)] == \
            [dict(alone.pattern_settings(i)) for i in range(alone.pattern_count)], name
