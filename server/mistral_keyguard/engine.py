"""The pure engine: text in, findings out. The CLI and the language server both call `scan`."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Callable

import tree_sitter as ts

from mistral_keyguard import keyshape
from mistral_keyguard.catalogue import RULES
from mistral_keyguard.dataflow import ValueFlow
from mistral_keyguard.document import SourceText
from mistral_keyguard.finding import Finding, RelatedLocation
from mistral_keyguard.languages import has_grammar, language_for_path, parser
from mistral_keyguard.queries import has_query
from mistral_keyguard.settings import Settings
from mistral_keyguard.suppression import (
    comment_syntax,
    is_suppressed,
    suppressions_from_comments,
    suppressions_from_lines,
)

_FINGERPRINT_SALT = b"mistral-keyguard/fingerprint/1\0"
_MISTRAL_WORD = re.compile(rb"(?i)mistral")


@dataclass(frozen=True)
class ProjectContext:
    """Facts about the project a file belongs to, gathered by the caller (the engine does no I/O).

    `root` is the project folder (the nearest one holding .git, .gitignore or a manifest),
    `rel_path` the file's path inside it with `/` separators, `manifests` the text of the root's
    package.json, vite.config.*, requirements.txt ... by file name; `git_ignored` is true when
    git would ignore the file and does not track it.
    """

    root: str | None = None
    rel_path: str | None = None
    manifests: dict[str, str] = field(default_factory=dict)
    git_ignored: bool = False
    git_tracked: bool = False
    # Whether some file of the project mentions Mistral (MK004: incoming headers logged in a
    # service that talks to Mistral). A callable so the caller's probe runs only when asked.
    mistral_probe: Callable[[], bool] | None = field(default=None, compare=False, repr=False)
    # For fixes: the text of the root's `.env*` files and `.gitignore` (None: no such file), and
    # which of the paths fixes care about (proxy routes, server entry points) already exist.
    env_files: dict[str, str] = field(default_factory=dict)
    gitignore_text: str | None = None
    existing_files: frozenset[str] = frozenset()
    # The text of the project's likely server entry points (server.js, app.js, package.json main).
    entry_files: dict[str, str] = field(default_factory=dict)

    def talks_to_mistral(self) -> bool:
        """The project uses Mistral: a manifest names it, or the caller's probe found it in a file."""
        if any(_MISTRAL_WORD.search(text.encode("utf-8", "replace")) for text in self.manifests.values()):
            return True
        return bool(self.mistral_probe and self.mistral_probe())


@dataclass
class ScanContext:
    """What a rule sees of one file."""

    path: str
    language: str
    source: SourceText
    tree: ts.Tree | None
    settings: Settings
    project: ProjectContext | None = None

    @property
    def root(self) -> ts.Node:
        return self.tree.root_node

    @cached_property
    def flow(self) -> ValueFlow:
        return ValueFlow(self.language, self.root)

    @cached_property
    def mentions_mistral(self) -> bool:
        return bool(_MISTRAL_WORD.search(self.source.data))

    def finding(self, code: str, start_byte: int, end_byte: int, *, where: str = "",
                key: str | None = None, related: tuple[RelatedLocation, ...] = ()) -> Finding:
        return make_finding(self.path, self.source, self.settings, code, start_byte, end_byte,
                            where=where, key=key, related=related)


def make_finding(path: str, source: SourceText, settings: Settings, code: str, start_byte: int,
                 end_byte: int, *, where: str = "", key: str | None = None,
                 related: tuple[RelatedLocation, ...] = ()) -> Finding:
    rule = RULES[code]
    masked = keyshape.mask(key) if key else None
    message = rule.message.format(key=masked or "", where=where)
    message = keyshape.redact_text(message, {key} if key else frozenset())
    span = source.span(start_byte, end_byte)
    return Finding(
        code=code,
        name=rule.name,
        severity=settings.severity_of(code),
        path=path,
        span=span,
        message=message,
        fingerprint=fingerprint(code, path, source.line_text(span.start.line), key),
        secret_hash=keyshape.key_hash(key) if key else None,
        masked_key=masked,
        related=related,
    )


def fingerprint(code: str, path: str, line_text: str, key: str | None) -> str:
    """Stable across line moves and whitespace changes; reveals nothing about the key."""
    snippet = " ".join(line_text.split())
    if key:
        snippet = snippet.replace(key, keyshape.key_hash(key))
    snippet = keyshape.redact_text(snippet)
    digest = hashlib.sha256(_FINGERPRINT_SALT + f"{code}\0{path}\0{snippet}".encode())
    return digest.hexdigest()[:32]


@dataclass
class ScanResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parsed: bool = False
    # SHA-256 of every key-shaped token in the file, set by the caller that read it (see
    # `known_keys`): the known-key pass re-reads only files that hold a known key.
    key_hashes: frozenset[str] | None = None


def might_match(data: bytes, language: str | None, settings: Settings) -> bool:
    """The byte-level prefilter: can any enabled rule find something in these bytes?"""
    from mistral_keyguard.rules import checkers_for

    return any(c.prefilter.search(data) for c in checkers_for(language, settings))


def scan(path: str, text: str | bytes, settings: Settings | None = None, *,
         language: str | None = None, project: ProjectContext | None = None,
         tree: ts.Tree | None = None, with_fixes: bool = False) -> ScanResult:
    """Scan one document. `tree` lets the server pass an incrementally re-parsed tree;
    `with_fixes` attaches each finding's fixes (computed only when asked: the CLI's plain check
    does not need them)."""
    from mistral_keyguard.rules import checkers_for

    settings = settings or Settings()
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    language = language or language_for_path(path)
    result = ScanResult(path)
    checkers = [c for c in checkers_for(language, settings) if c.prefilter.search(data)]
    if not checkers:
        return result
    source = SourceText(data)
    if language is None:
        return result
    if tree is None and has_grammar(language):
        tree = parser(language).parse(data)
    result.parsed = tree is not None
    ctx = ScanContext(path, language, source, tree, settings, project)
    findings: dict[tuple, Finding] = {}
    for checker in checkers:
        for finding in checker.check(ctx):
            if settings.enabled(finding.code):
                findings.setdefault((finding.code, finding.span.start.byte, finding.span.end.byte), finding)
    if tree is not None and has_query(language, "comments"):
        suppressed = suppressions_from_comments(language, tree.root_node, source)
    else:
        suppressed = suppressions_from_lines(source, comment_syntax(language))
    result.findings = sorted(
        (f for f in findings.values() if not is_suppressed(suppressed, f.line, f.code)),
        key=Finding.sort_key,
    )
    if with_fixes:
        result.findings = [attach_fixes(ctx, f) for f in result.findings]
    return result


# Languages whose checker attaches fixes itself: the script blocks of HTML, Vue and Svelte files
# are fixed against the script's own tree (see `mistral_keyguard.embedded`).
SELF_FIXING_LANGUAGES: set[str] = set()


def attach_fixes(ctx: ScanContext, finding: Finding) -> Finding:
    """The finding with the fixes its rule offers for it (see `mistral_keyguard.fixes`)."""
    if ctx.language in SELF_FIXING_LANGUAGES:
        return finding
    from mistral_keyguard.fixes import fixes_for  # late: the fixes package imports the engine

    fixes = tuple(fixes_for(ctx, finding))
    return replace(finding, fixes=fixes) if fixes else finding
