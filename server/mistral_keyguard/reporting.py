"""Building a `Finding` from a rule's match: the catalogue's message, the masked key and a
fingerprint that survives line moves and reveals nothing about the key."""

from __future__ import annotations

import hashlib

from mistral_keyguard import keyshape
from mistral_keyguard.catalogue import RULES
from mistral_keyguard.document import SourceText
from mistral_keyguard.finding import Finding, RelatedLocation
from mistral_keyguard.settings import Settings

_FINGERPRINT_SALT = b"mistral-keyguard/fingerprint/1\0"


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
    digest = hashlib.sha256(_FINGERPRINT_SALT + f"{code}\0{path}\0{snippet}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]
