"""Which language a file is, and the tree-sitter grammar and parser for it."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import PurePath

import tree_sitter as ts

_EXTENSIONS = {
    ".py": "python",
    ".pyi": "python",
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".jsx": "javascript",
    ".ts": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".tsx": "tsx",
}

# LSP languageId -> our language name.
LANGUAGE_IDS = {
    "python": "python",
    "javascript": "javascript",
    "javascriptreact": "javascript",
    "typescript": "typescript",
    "typescriptreact": "tsx",
    "html": "html",
    "vue": "vue",
    "svelte": "svelte",
}

# Languages whose rules share the ECMAScript query set.
ECMA_LANGUAGES = frozenset({"javascript", "typescript", "tsx"})


def _grammar_loaders():
    import tree_sitter_javascript
    import tree_sitter_python
    import tree_sitter_typescript

    return {
        "python": tree_sitter_python.language,
        "javascript": tree_sitter_javascript.language,
        "typescript": tree_sitter_typescript.language_typescript,
        "tsx": tree_sitter_typescript.language_tsx,
    }


_EXTRA_GRAMMARS: dict[str, object] = {}


def register_grammar(name: str, loader, extensions: tuple[str, ...] = ()) -> None:
    """Let a later module (HTML, config formats) add a grammar without touching this one."""
    _EXTRA_GRAMMARS[name] = loader
    for ext in extensions:
        _EXTENSIONS[ext] = name


_NAME_MATCHERS: list = []


def register_file_matcher(matcher, name: str) -> None:
    """Languages known by file name rather than extension (`.env.local`, `Dockerfile`)."""
    _NAME_MATCHERS.append((matcher, name))


def language_for_path(path: str | PurePath) -> str | None:
    from mistral_keyguard.rules import all_checkers

    all_checkers()  # rule modules register the formats they read when first imported
    pure = PurePath(path)
    for matcher, name in _NAME_MATCHERS:
        if matcher(pure.name):
            return name
    return _EXTENSIONS.get(pure.suffix.lower())


def has_grammar(name: str) -> bool:
    return name in ("python", "javascript", "typescript", "tsx") or name in _EXTRA_GRAMMARS


def supported_extensions() -> frozenset[str]:
    from mistral_keyguard.rules import all_checkers

    all_checkers()
    return frozenset(_EXTENSIONS)


@lru_cache(maxsize=None)
def grammar(name: str) -> ts.Language:
    loaders = _grammar_loaders()
    loader = loaders.get(name) or _EXTRA_GRAMMARS.get(name)
    if loader is None:
        raise KeyError(f"no tree-sitter grammar for {name!r}")
    return ts.Language(loader())


_local = threading.local()


def parser(name: str) -> ts.Parser:
    """A parser per thread and language: parsers are not thread-safe, but are cheap to reuse."""
    parsers = getattr(_local, "parsers", None)
    if parsers is None:
        parsers = _local.parsers = {}
    if name not in parsers:
        parsers[name] = ts.Parser(grammar(name))
    return parsers[name]
