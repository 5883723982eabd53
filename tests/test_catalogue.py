"""The catalogue is complete, and every query compiles against every grammar it targets."""

from __future__ import annotations

import pytest

from keyguard_testing import FIXTURES
from mistral_keyguard import queries
from mistral_keyguard.catalogue import RULES
from mistral_keyguard.languages import grammar, has_grammar
from mistral_keyguard.rules import all_checkers


def query_files():
    root = queries.queries_dir()
    return sorted((p.parent.name, p.stem) for p in root.glob("*/*.scm") if p.parent.name != "ecma")


@pytest.mark.parametrize("language,name", query_files(), ids=lambda v: str(v))
def test_query_compiles(language, name):
    if not has_grammar(language):
        pytest.skip(f"{language} has no grammar of its own")
    grammar(language)
    assert queries.compiled(language, name).pattern_count > 0 or name == "comments"


@pytest.mark.parametrize("code", list(RULES))
def test_rule_is_documented(code):
    rule = RULES[code]
    doc = rule.documentation
    assert rule.summary and rule.message and "{where}" in rule.message
    assert "What:" in doc and "Why" in doc and "How to fix" in doc and "Example" in doc
    assert rule.docs_url.startswith("file:///") and rule.docs_path.is_file()


def test_every_implemented_rule_has_fixtures():
    implemented = {code for checker in all_checkers() for code in checker.codes()}
    assert "MK001" in implemented
    for code in implemented:
        folder = FIXTURES / code
        assert folder.is_dir() and any(folder.rglob("*")), f"{code} has no fixtures"


def test_docs_are_generated_from_the_catalogue():
    from keyguard_testing import ROOT
    from mistral_keyguard.docs import packaged_docs, readme_table, rules_markdown

    assert (ROOT / "docs" / "rules.md").read_text() == rules_markdown(), \
        "run: python -m mistral_keyguard.docs > docs/rules.md"
    assert readme_table() in (ROOT / "README.md").read_text(), "README rule table differs from the catalogue"
    for path, text in packaged_docs().items():
        assert path.read_text(encoding="utf-8") == text, "run: python -m mistral_keyguard.docs --write"


def test_pattern_settings_are_read_once_per_pattern(monkeypatch):
    """py-tree-sitter's `pattern_settings` corrupted reference counts when called per match on a
    large bundle (a segfault at exit); the loader must copy the settings once per query."""
    calls = []
    real = queries.compiled("python", "hardcoded-key")

    class CountingQuery:
        pattern_count = real.pattern_count

        def pattern_settings(self, index):
            calls.append(index)
            return real.pattern_settings(index)

    queries._all_settings.cache_clear()
    monkeypatch.setattr(queries, "compiled", lambda language, name: CountingQuery())
    monkeypatch.setattr(queries, "_JOINED_PARTS", {})  # no joined query read first (an earlier large file's)
    count = real.pattern_count
    for _ in range(3):
        for index in range(count):
            queries.settings("python", "hardcoded-key", index)
    assert len(calls) == count
    queries._all_settings.cache_clear()
