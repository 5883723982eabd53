"""Script blocks inside HTML pages and Vue / Svelte single-file components.

tree-sitter-html finds the `<script>` elements (it parses the top level of `.vue` and `.svelte`
files too). The scripts are then laid into a "virtual" JavaScript or TypeScript text of the same
byte length as the file, every byte outside them turned into a space (line breaks kept), and the
ordinary ECMAScript rules run on it. Byte offsets, lines and columns therefore map 1:1 back to
the original file, suppression comments inside the scripts work as in a `.js` file, and the
classifier sees the file's real path (`.html`, `.vue`, `.svelte`: browser code).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.dataflow import node_text
from mistral_keyguard.finding import Finding
from mistral_keyguard.languages import EMBEDDING_LANGUAGES
from mistral_keyguard.rules.checker import Checker, Prefilter

# Codes the ECMAScript rules can raise inside a script block.
SCRIPT_CODES = frozenset({"MK001", "MK002", "MK003", "MK004", "MK005", "MK006"})
_JS_TYPES = frozenset({"", "module", "text/javascript", "application/javascript", "text/ecmascript",
                       "application/ecmascript", "text/babel", "text/jsx", "text/x-module"})
_TS_LANGS = {"ts": "typescript", "typescript": "typescript", "tsx": "tsx"}
_JS_LANGS = frozenset({"", "js", "javascript", "jsx", "mjs"})


@dataclass(frozen=True)
class ScriptBlock:
    """One `<script>` element's body (a byte range of the file) and the language it is written in."""

    start: int
    end: int
    language: str


def _attributes(nodes: list[ts.Node]) -> dict[str, str]:
    out: dict[str, str] = {}
    for attribute in nodes:
        name = attribute.named_children[0] if attribute.named_children else None
        if name is None or name.type != "attribute_name":
            continue
        value = ""
        for child in attribute.named_children[1:]:
            value = node_text(child).strip("'\"")
            if child.type == "quoted_attribute_value" and child.named_children:
                value = node_text(child.named_children[0])
        out[node_text(name).lower()] = value.strip()
    return out


def script_language(attributes: dict[str, str]) -> str | None:
    """`javascript`, `typescript`, `tsx`, or None for data and templates (JSON, importmap, x-template)."""
    lang = attributes.get("lang", "").lower()
    kind = attributes.get("type", "").lower().split(";")[0].strip()
    if lang in _TS_LANGS:
        return _TS_LANGS[lang]
    if lang not in _JS_LANGS:
        return None
    if kind in ("text/typescript", "application/typescript"):
        return "typescript"
    return "javascript" if kind in _JS_TYPES else None


def script_blocks(language: str, root: ts.Node, data: bytes | None = None) -> list[ScriptBlock]:
    """The page's script blocks. Where the markup did not parse cleanly (template syntax the
    HTML grammar does not know) and `data` is given, a tag scan double-checks the tree: a
    script body ends at the first `</script>` in HTML, Vue and Svelte alike."""
    blocks = []
    for _, caps in queries.matches(language, "scripts", root):
        body = caps["body"][0]
        lang = script_language(_attributes(caps.get("attribute", [])))
        if lang is not None and body.end_byte > body.start_byte:
            blocks.append(ScriptBlock(body.start_byte, body.end_byte, lang))
    if data is not None and root.has_error:
        seen = {(b.start, b.end) for b in blocks}
        blocks += [b for b in _scanned_blocks(data) if (b.start, b.end) not in seen
                   and not any(o.start <= b.start < o.end for o in blocks)]
    return sorted(blocks, key=lambda b: b.start)


_SCRIPT_TAG = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = re.compile(rb"""([\w:@.-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


def _scanned_blocks(data: bytes) -> list[ScriptBlock]:
    blocks = []
    for match in _SCRIPT_TAG.finditer(data):
        attributes = {}
        for attribute in _ATTRIBUTE.finditer(match.group(1)):
            value = next((v for v in attribute.groups()[1:] if v is not None), b"")
            attributes[attribute.group(1).decode("ascii", "replace").lower()] = value.decode("utf-8", "replace")
        lang = script_language(attributes)
        if lang is not None and match.end(2) > match.start(2):
            blocks.append(ScriptBlock(match.start(2), match.end(2), lang))
    return blocks


_NOT_NEWLINE = re.compile(rb"[^\r\n]")


def virtual_script(data: bytes, blocks: list[ScriptBlock]) -> bytes:
    """The file with everything outside the script blocks blanked (same length, same lines)."""
    out = bytearray(_NOT_NEWLINE.sub(b" ", data))
    for block in blocks:
        out[block.start:block.end] = data[block.start:block.end]
    return bytes(out)


def common_language(blocks: list[ScriptBlock]) -> str:
    """One grammar for all blocks of a file: TypeScript reads plain JavaScript too."""
    languages = {b.language for b in blocks}
    if "tsx" in languages:
        return "tsx"
    return "typescript" if "typescript" in languages else "javascript"


def check(ctx) -> Iterator[Finding]:
    if ctx.tree is None:
        return
    blocks = script_blocks(ctx.language, ctx.root, ctx.source.data)
    if not blocks:
        return
    virtual = virtual_script(ctx.source.data, blocks)
    # Fixes are built here, against the script's own tree: the page's HTML tree cannot serve them.
    result = ctx.scan_text(ctx.path, virtual, ctx.settings, language=common_language(blocks),
                           project=ctx.project, fixer=ctx.fixer)
    for finding in result.findings:
        span = ctx.source.span(finding.span.start.byte, finding.span.end.byte)
        fixes = tuple(f for f in finding.fixes if _inside_scripts(f, blocks))
        yield replace(finding, span=span, fixes=fixes)


def _inside_scripts(fix, blocks: list[ScriptBlock]) -> bool:
    """A fix may only touch the page inside its scripts (an import added at byte 0 would land
    before `<!DOCTYPE html>`); fixes that create other files are kept."""
    return all(edit.path is not None or any(b.start <= edit.start and edit.end <= b.end for b in blocks)
               for edit in fix.edits)


class ScriptPrefilter:
    """Whatever would wake an ECMAScript rule: the page is scanned only if its scripts might match."""

    def __init__(self, script_prefilters: tuple[Prefilter, ...]) -> None:
        self.script_prefilters = script_prefilters

    def search(self, data: bytes) -> bool:
        return any(p.search(data) for p in self.script_prefilters)


def checkers(script_prefilters: tuple[Prefilter, ...]) -> tuple[Checker, ...]:
    """The page checker, woken by the prefilters of the ECMAScript rules it runs."""
    return (Checker("MK002", frozenset(EMBEDDING_LANGUAGES), ScriptPrefilter(script_prefilters), check,
                    also_codes=SCRIPT_CODES - {"MK002"}),)
