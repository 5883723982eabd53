"""What a rule sees of one file: its text, tree, settings and project, and the two callables the
layers above hand down (a rule never imports the engine or the fixes)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Protocol

import tree_sitter as ts

from mistral_keyguard.dataflow import ValueFlow
from mistral_keyguard.document import SourceText
from mistral_keyguard.finding import Finding, RelatedLocation
from mistral_keyguard.prefilter import mentions_mistral
from mistral_keyguard.project import ProjectContext
from mistral_keyguard.reporting import make_finding
from mistral_keyguard.settings import Settings



class ScanText(Protocol):
    """The engine's `scan`, handed to rules that read another language inside a file (an HTML
    page's scripts, a notebook's code cells)."""

    def __call__(self, path: str, text: str | bytes, settings: Settings | None = None, *,
                 language: str | None = None, project: ProjectContext | None = None,
                 fixer: "Fixer | None" = None): ...


# Given a finding and the context it was found in, the finding with its fixes attached.
Fixer = Callable[["ScanContext", Finding], Finding]


@dataclass
class ScanContext:
    """What a rule sees of one file."""

    path: str
    language: str
    source: SourceText
    tree: ts.Tree | None
    settings: Settings
    project: ProjectContext | None = None
    scan_text: ScanText | None = None
    fixer: Fixer | None = None

    @property
    def root(self) -> ts.Node:
        return self.tree.root_node

    @cached_property
    def flow(self) -> ValueFlow:
        return ValueFlow(self.language, self.root)

    @cached_property
    def mentions_mistral(self) -> bool:
        return mentions_mistral(self.source.data)

    def finding(self, code: str, start_byte: int, end_byte: int, *, where: str = "",
                key: str | None = None, related: tuple[RelatedLocation, ...] = ()) -> Finding:
        return make_finding(self.path, self.source, self.settings, code, start_byte, end_byte,
                            where=where, key=key, related=related)
