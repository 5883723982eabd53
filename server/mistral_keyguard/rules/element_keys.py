"""MK001 in a page's markup: a key given to a custom element as an attribute
(`<ask-box api-key="…">`), where a component module of the project defines that element with a
key property and names Mistral (a Stencil `@Component({ tag })`, Lit's `@customElement(tag)`,
`customElements.define(tag, …)`). The page and the component are joined by the tag, not by an
import: the project is asked (`ProjectContext.element_takes_key`) only for such an attribute.
"""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard import keyshape
from mistral_keyguard.finding import Finding
from mistral_keyguard.holdings.base import is_key_name
from mistral_keyguard.prefilter import mentions_mistral
from mistral_keyguard.rules.checker import Checker

CODE = "MK001"
LANGUAGES = frozenset({"html"})
# An opening tag of a custom element (a hyphen in its name) with a key- or token-named attribute.
PREFILTER = re.compile(rb"<[a-z][\w]*-[\w-]*\s[^>]{0,400}?(?:key|token)\s*=", re.IGNORECASE)
_ELEMENT = re.compile(rb"<([a-z][\w]*-[\w-]*)(\s[^>]{0,2000}?)/?>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([\w:@.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# Where a component module defines the tag it is used by.
_DEFINED_TAG = re.compile(rb"""(?:\btag\s*:\s*|@customElement\(\s*|customElements\.define\(\s*)["'`]([a-z][\w]*-[\w-]*)["'`]""")
_DEFINITION_MARKS = (b"tag", b"customElement")


def defined_elements(data: bytes) -> list[str]:
    """The custom element tags a module that names Mistral defines (bounded)."""
    if not any(mark in data for mark in _DEFINITION_MARKS) or not mentions_mistral(data):
        return []
    return [m.group(1).decode("ascii", "replace") for m in _DEFINED_TAG.finditer(data)][:16]


def keyed_attributes(data: bytes) -> Iterator[tuple[str, str, str, int, int, str]]:
    """(tag, property, attribute, start, end, key) for each key literal a custom element's
    key-named attribute holds; the property is the attribute's camelCase (`api-key` -> `apiKey`)."""
    for element in _ELEMENT.finditer(data):
        tag = element.group(1).decode("ascii", "replace").lower()
        for attribute in _ATTRIBUTE.finditer(element.group(2)):
            name = attribute.group(1).decode("ascii", "replace")
            prop = re.sub(r"-(\w)", lambda m: m.group(1).upper(), name.lower())
            group = 2 if attribute.group(2) is not None else 3
            value = attribute.group(group).decode("utf-8", "replace")
            if not is_key_name(prop, True):
                continue
            for match in keyshape.find_keys(value):
                start = element.start(2) + attribute.start(group) + len(value[:match.offset].encode())
                yield tag, prop, name, start, start + len(match.key.encode()), match.key


def check(ctx) -> Iterator[Finding]:
    if ctx.project is None:
        return
    for tag, prop, attribute, start, end, key in keyed_attributes(ctx.source.data):
        if ctx.project.element_takes_key(tag, prop, attribute):
            yield ctx.finding(CODE, start, end, key=key,
                              where=f" — given to <{tag}>, a component of this project that sends it to Mistral")


CHECKERS = (Checker(CODE, LANGUAGES, PREFILTER, check),)
