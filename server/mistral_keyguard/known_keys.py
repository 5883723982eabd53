"""Known keys everywhere: once a scan has identified a value as a Mistral key, every other copy
of it in the scanned files is a finding too, including places no rule would look at (a built
bundle in `dist/`, a README, a log committed by mistake).

Only hashes travel between files: the first pass leaves `secret_hash` on its findings, and the
second pass hashes every 32-character token of a file (one regular-expression sweep, no parsing)
and reports those whose hash is known. Copies in code are MK001, copies anywhere else MK007.
"""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import PurePath
from typing import Iterable, Mapping

from mistral_keyguard import keyshape
from mistral_keyguard.document import SourceText
from mistral_keyguard.finding import Finding
from mistral_keyguard.prefilter import key_tokens
from mistral_keyguard.project import ProjectContext
from mistral_keyguard.reporting import make_finding
from mistral_keyguard.rules import checkers_for
from mistral_keyguard.settings import Settings
from mistral_keyguard.suppression import comment_syntax, is_suppressed, suppressions_from_lines

# Findings whose secret_hash identifies a key value (MK004-MK006 carry none of their own).
KEY_CODES = frozenset({"MK001", "MK003", "MK007"})
CODE_LANGUAGES = frozenset({"python", "javascript", "typescript", "tsx", "html", "vue", "svelte"})
# Code known by extension only (built bundles and source maps are often too big or too
# minified to get a language from the first pass).
_CODE_SUFFIXES = frozenset({".py", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx",
                            ".html", ".htm", ".vue", ".svelte", ".map"})


# A lone key-shaped token, made up here (every 23rd symbol of the alphabet): a prefilter that
# does not match it cannot vouch for "no token here".
_ALPHABET = string.ascii_letters + string.digits
_PROBE = ("\n " + "".join(_ALPHABET[i * 23 % 62] for i in range(32)) + " \n").encode()


def prefilter_sees_keys(language: str | None, settings: Settings) -> bool:
    """Whether a failed prefilter for this language proves a file holds no key-shaped token,
    so the first pass can skip `token_hashes` for it."""
    return _prefilter_sees_keys(language, frozenset(settings.enabled_codes))


@lru_cache(maxsize=256)
def _prefilter_sees_keys(language: str | None, enabled: frozenset[str]) -> bool:
    return any(c.prefilter.search(_PROBE) for c in checkers_for(language, Settings(select=enabled)))


def token_hashes(data: bytes) -> frozenset[str]:
    """Hashes of the key-shaped tokens in a file (`prefilter.key_tokens`: one sweep, no regex)."""
    out = set()
    for raw in key_tokens(data):
        token = raw.decode("ascii")
        if keyshape.is_key(token):
            out.add(keyshape.key_hash(token))
    return frozenset(out)


def known_hashes(findings: Iterable[Finding]) -> dict[str, str]:
    """secret hash -> path of the first finding that identified it."""
    known: dict[str, str] = {}
    for finding in findings:
        if finding.secret_hash and finding.code in KEY_CODES:
            known.setdefault(finding.secret_hash, finding.path)
    return known


def is_code(path: str, language: str | None) -> bool:
    if language is not None:
        return language in CODE_LANGUAGES
    return PurePath(path).suffix.lower() in _CODE_SUFFIXES


def known_key_findings(path: str, data: bytes, language: str | None,
                       known_hashes: Mapping[str, str] | Iterable[str],
                       existing_findings: Iterable[Finding] = (), *,
                       settings: Settings | None = None,
                       project: ProjectContext | None = None) -> list[Finding]:
    """Copies of known keys in one file that no finding covers yet.

    `known_hashes` maps a key's SHA-256 to where it was identified (a plain set works too);
    `existing_findings` are the file's own findings from the first pass. A `.env*` file that git
    ignores holds keys by design and gives nothing.
    """
    if not known_hashes or (project is not None and language == "dotenv"
                            and project.git_ignored and not project.git_tracked):
        return []
    settings = settings or Settings()
    code = "MK001" if is_code(path, language) else "MK007"
    if not settings.enabled(code):
        return []
    origin = known_hashes if isinstance(known_hashes, Mapping) else {}
    known = known_hashes if isinstance(known_hashes, (Mapping, set, frozenset)) else set(known_hashes)
    covered = [(f.secret_hash, f.span.start.line, f.span.start.byte, f.span.end.byte)
               for f in existing_findings if f.secret_hash]
    source: SourceText | None = None
    suppressed: dict[int, frozenset[str]] = {}
    out: list[Finding] = []
    for match in keyshape.EMBEDDED_BYTES.finditer(data):
        digest = keyshape.key_hash(match.group().decode("ascii"))
        if digest not in known:
            continue
        if source is None:
            source = SourceText(data)
            suppressed = suppressions_from_lines(source, comment_syntax(language or ""))
        line = source.position(match.start()).line
        if any(h == digest and (l == line or s < match.end() and match.start() < e)
               for h, l, s, e in covered):
            continue
        if is_suppressed(suppressed, line, code):
            continue
        where = _where(path, origin.get(digest))
        out.append(make_finding(path, source, settings, code, match.start(), match.end(), where=where,
                                key=match.group().decode("ascii")))
    return out


def _where(path: str, origin: str | None) -> str:
    if origin and origin != path:
        return f" — a copy of the key identified in {origin}"
    return " — another copy of a key identified in this scan"
