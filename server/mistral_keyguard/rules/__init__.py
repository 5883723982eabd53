"""Rule implementations, one module per rule, listed in `all_checkers`.

A checker (see `rules.checker`) pairs a rule code with the languages it reads, a cheap
byte-level prefilter and the function that produces findings.
"""

from __future__ import annotations

from functools import lru_cache

from mistral_keyguard import embedded
from mistral_keyguard.rules import (
    committed_key_file,
    element_keys,
    error_leak,
    frontend_direct_call,
    hardcoded_key,
    header_logging,
    key_logging,
    public_env_key,
)
from mistral_keyguard.rules.checker import Checker, Prefilter
from mistral_keyguard.settings import Settings

__all__ = ["Checker", "Prefilter", "all_checkers", "checkers_for"]

_RULE_MODULES = (hardcoded_key, frontend_direct_call, public_env_key, header_logging, key_logging,
                 error_leak, committed_key_file, element_keys)


@lru_cache(maxsize=1)
def all_checkers() -> tuple[Checker, ...]:
    """Every rule module's CHECKERS, then the page checker that runs the ECMAScript ones on the
    scripts of HTML, Vue and Svelte files."""
    base = tuple(checker for module in _RULE_MODULES for checker in module.CHECKERS)
    script_prefilters = tuple(c.prefilter for c in base if "javascript" in c.languages)
    return base + embedded.checkers(script_prefilters)


def checkers_for(language: str | None, settings: Settings) -> list[Checker]:
    if language is None:
        return []
    enabled = settings.enabled_codes
    return [c for c in all_checkers() if language in c.languages and c.codes() & enabled]
