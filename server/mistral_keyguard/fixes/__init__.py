"""Fixes as pure edits: a finding and its document in, text edits and file creations out.

Each rule's builder (one module per rule) yields `Draft`s; this module gives them the title and
safety the catalogue declares, so the CLI, the server and SARIF agree on what a fix is. The
first fix a rule offers is its preferred one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from mistral_keyguard.catalogue import fix_spec
from mistral_keyguard.engine import ScanResult, scan
from mistral_keyguard.finding import Finding, Fix, TextEdit
from mistral_keyguard.fixes import config_fixes, error_fixes, hardcoded, logging_fixes, proxy_fix
from mistral_keyguard.languages import EMBEDDING_LANGUAGES
from mistral_keyguard.rules.context import ScanContext


def scan_with_fixes(path: str, text: str | bytes, settings=None, **options) -> ScanResult:
    """`engine.scan` with every finding's fixes attached."""
    return scan(path, text, settings, fixer=attach_fixes, **options)


def attach_fixes(ctx: ScanContext, finding: Finding) -> Finding:
    """The finding with the fixes its rule offers for it. The scripts of HTML, Vue and Svelte
    pages are fixed against the script's own tree, when `embedded` scans them: the page's
    findings arrive here with their fixes already attached."""
    if ctx.language in EMBEDDING_LANGUAGES:
        return finding
    fixes = tuple(fixes_for(ctx, finding))
    return replace(finding, fixes=fixes) if fixes else finding


def _chain(*builders):
    def build(ctx, finding):
        for builder in builders:
            yield from builder(ctx, finding)
    return build


_BUILDERS = {
    "MK001": hardcoded.fixes,
    "MK002": proxy_fix.route_through_proxy,
    "MK003": _chain(proxy_fix.route_through_proxy, config_fixes.rename_private),
    "MK007": _chain(config_fixes.gitignore, config_fixes.docker_runtime, config_fixes.compose_runtime),
    "MK004": logging_fixes.redact,
    "MK005": logging_fixes.drop_key,
    "MK006": error_fixes.generic_error,
}


def fixes_for(ctx, finding: Finding) -> Iterator[Fix]:
    builder = _BUILDERS.get(finding.code)
    if builder is None:
        return
    seen: set[str] = set()
    for draft in builder(ctx, finding):
        spec = fix_spec(finding.code, draft.fix_id)
        if spec is None or draft.fix_id in seen or not (draft.edits or draft.creations or draft.untrack):
            continue
        seen.add(draft.fix_id)
        yield Fix(id=spec.id, title=draft.title or spec.title, safe=spec.safe, edits=_newlines_like(draft.edits, ctx.source.data),
                  creations=draft.creations, preferred=not seen - {draft.fix_id}, untrack=draft.untrack)


_LONE_LF = re.compile(r"(?<!\r)\n")


def _newlines_like(edits: tuple[TextEdit, ...], data: bytes) -> tuple[TextEdit, ...]:
    """New lines in the document's own style: a CRLF file gets CRLF."""
    if data.count(b"\r\n") * 2 <= data.count(b"\n"):
        return edits
    return tuple(replace(e, new_text=_LONE_LF.sub("\r\n", e.new_text)) if e.path is None else e for e in edits)
