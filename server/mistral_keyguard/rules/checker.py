"""What a rule module hands the registry: a code, the languages it reads, a cheap byte-level
prefilter (a file whose bytes cannot match is never parsed) and the function that finds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Protocol

from mistral_keyguard.finding import Finding


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
    # The queries the rule runs over the whole tree: on a large file the engine runs them in one
    # traversal (`queries.one_pass`).
    queries: tuple[str, ...] = ()

    def codes(self) -> frozenset[str]:
        return self.also_codes | {self.code}
