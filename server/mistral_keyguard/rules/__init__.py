"""Rule implementations, one module per rule, listed in `all_checkers`.

A checker pairs a rule code with the languages it reads, a cheap byte-level prefilter (a file
whose bytes cannot match is never parsed) and the function that produces findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Protocol

from mistral_keyguard.finding import Finding
from mistral_keyguard.settings import Settings


class Prefilter(Protocol):
    """Anything with a cheap `search(bytes)`: a compiled bytes regex, or a small class."""

    def search(self, data: bytes, /) -> object: ...


@dataclass(frozen=True)
class Checker:
    code: str
    languages: frozenset[str]
    prefilter: "re.Pattern[bytes] | Prefilter"
    check: Callable[..., Iterable[Finding]]
    # Rules that read a file for more than one code (notebooks, config files) list them here.
    also_codes: frozenset[str] = frozenset()

    def codes(self) -> frozenset[str]:
        return self.also_codes | {self.code}


@lru_cache(maxsize=1)
def all_checkers() -> tuple[Checker, ...]:
    """Every rule module's CHECKERS, imported here (not at module top: rule modules import
    `Checker` from this package)."""
    from mistral_keyguard.rules import (
        committed_key_file,
        error_leak,
        frontend_direct_call,
        hardcoded_key,
        header_logging,
        key_logging,
        public_env_key,
    )

    modules = (hardcoded_key, frontend_direct_call, public_env_key, header_logging, key_logging,
               error_leak, committed_key_file)
    return tuple(checker for module in modules for checker in module.CHECKERS)


def checkers_for(language: str | None, settings: Settings) -> list[Checker]:
    if language is None:
        return []
    enabled = settings.enabled_codes
    return [c for c in all_checkers() if language in c.languages and c.codes() & enabled]
