"""HTML pages and Vue / Svelte components: script blocks scanned as JS/TS, positions mapped back."""

from __future__ import annotations

import pytest

from keyguard_testing import make_key
from mistral_keyguard import embedded
from mistral_keyguard.engine import ProjectContext, scan
from mistral_keyguard.fixes import attach_fixes
from mistral_keyguard.languages import language_for_path, parser
from mistral_keyguard.settings import Settings


def _scan(path: str, text: str, **kwargs):
    project = ProjectContext(root="/p", rel_path=path)
    return scan(f"/p/{path}", text, Settings(), project=project, **kwargs)


def _lines(result) -> set[tuple[int, str]]:
    return {(f.span.start.line + 1, f.code) for f in result.findings}


@pytest.mark.parametrize("path,language", [
    ("index.html", "html"), ("docs/page.htm", "html"), ("src/App.vue", "vue"),
    ("src/routes/+page.svelte", "svelte"),
])
def test_languages(path, language) -> None:
    assert language_for_path(path) == language


@pytest.mark.parametrize("attributes,expected", [
    ({}, "javascript"),
    ({"type": "module"}, "javascript"),
    ({"type": "text/javascript"}, "javascript"),
    ({"type": "text/babel"}, "javascript"),
    ({"lang": "ts"}, "typescript"),
    ({"lang": "typescript"}, "typescript"),
    ({"lang": "tsx"}, "tsx"),
    ({"type": "application/json"}, None),
    ({"type": "application/ld+json"}, None),
    ({"type": "importmap"}, None),
    ({"type": "text/x-template"}, None),
    ({"lang": "coffee"}, None),
])
def test_script_language(attributes, expected) -> None:
    assert embedded.script_language(attributes) == expected


def test_virtual_script_keeps_length_and_lines() -> None:
    page = b'<html>\r\n<body><p>caf\xc3\xa9</p>\r\n<script>\r\nlet a = 1;\r\n</script>\n<i>x</i></body></html>\n'
    root = parser("html").parse(page).root_node
    blocks = embedded.script_blocks("html", root)
    virtual = embedded.virtual_script(page, blocks)
    assert len(virtual) == len(page)
    assert virtual.count(b"\n") == page.count(b"\n") and virtual.count(b"\r") == page.count(b"\r")
    assert b"let a = 1;" in virtual and b"<" not in virtual and b"caf" not in virtual
    start = page.index(b"let a")
    assert virtual[start:start + 10] == page[start:start + 10]


PAGE = """<!DOCTYPE html>
<html>
<head>
  <script type="application/json">{"url": "https://api.mistral.ai/v1/models"}</script>
</head>
<body>
  <p>Réglages — clé</p><script>fetch("https://api.mistral.ai/v1/models");</script>
  <script>
    // mistral-keyguard: ignore[MK002]
    fetch("https://api.mistral.ai/v1/chat/completions");
    fetch("https://api.mistral.ai/v1/embeddings");
  </script>
  <!-- mistral-keyguard: ignore[MK002] -->
  <script>fetch("https://api.mistral.ai/v1/ocr");</script>
  <div onclick="fetch('https://api.mistral.ai/v1/models')"></div>
</body>
</html>
"""


def test_html_inline_scripts_lines_and_suppressions() -> None:
    result = _scan("index.html", PAGE)
    assert _lines(result) == {(7, "MK002"), (11, "MK002")}
    first = min(result.findings, key=lambda f: f.span.start.byte)
    line = PAGE.splitlines()[6]
    # Columns are counted in the page's own text (UTF-16 units for the server), not the blanked copy.
    assert first.span.start.character == line.index("fetch")
    assert "HTML page" in first.message


def test_html_without_mistral_or_key_is_not_parsed() -> None:
    result = _scan("about.html", "<html><script>fetch('/api/chat')</script></html>")
    assert not result.findings and not result.parsed


VUE = """<template>
  <button @click="ask">{{ reply }}</button>
</template>

<script>
export default { name: "Chat" };
</script>

<script setup lang="ts">
const reply: string = "";
const key = import.meta.env.VITE_MISTRAL_API_KEY;
async function ask(): Promise<void> {
  console.log(import.meta.env);
  await fetch("https://api.mistral.ai/v1/chat/completions", { headers: { Authorization: `Bearer ${key}` } });
}
</script>

<style>
button { color: red; }
</style>
"""


def test_vue_blocks_share_one_typescript_scan() -> None:
    result = _scan("src/components/Chat.vue", VUE)
    assert _lines(result) == {(11, "MK003"), (13, "MK005"), (14, "MK002")}
    mk002 = next(f for f in result.findings if f.code == "MK002")
    assert "Vue single-file component" in mk002.message


SVELTE = """<script context="module">
  export const prerender = false;
</script>

<script lang="ts">
  import { PUBLIC_MISTRAL_API_KEY } from '$env/static/public';
  import { Mistral } from '@mistralai/mistralai';
  const client = new Mistral({ apiKey: PUBLIC_MISTRAL_API_KEY });
</script>

{#if client}<p>ready</p>{/if}
"""


def test_svelte_component() -> None:
    result = _scan("src/routes/+page.svelte", SVELTE)
    assert _lines(result) == {(6, "MK003"), (8, "MK002")}


def test_html_key_literal_is_mk001_with_fixes_inside_the_script() -> None:
    key = make_key()
    page = f'<!DOCTYPE html>\n<html><body>\n<script>\nconst MISTRAL_API_KEY = "{key}";\n</script>\n</body></html>\n'
    result = _scan("demo.html", page, fixer=attach_fixes)
    assert _lines(result) == {(4, "MK001")}
    finding = result.findings[0]
    assert key not in finding.message
    script = (page.index("<script>") + len("<script>"), page.index("</script>"))
    for fix in finding.fixes:
        for edit in fix.edits:
            assert edit.path is not None or script[0] <= edit.start <= edit.end <= script[1]


def test_server_rules_ignore_markup_mentions() -> None:
    page = '<p>Use https://api.mistral.ai with fetch("https://api.mistral.ai/v1/models")</p>\n'
    assert not _scan("docs.html", page).findings


def test_mk002_can_be_turned_off_while_scripts_still_scan() -> None:
    page = f'<script>\nconst MISTRAL_API_KEY = "{make_key()}";\nfetch("https://api.mistral.ai/v1/models");\n</script>\n'
    result = scan("/p/x.html", page, Settings(ignore=frozenset({"MK002"})),
                  project=ProjectContext(root="/p", rel_path="x.html"))
    assert _lines(result) == {(2, "MK001")}


BROKEN = """<template>
  <p v-for="x in xs" :key="x">{{ x }}</p>
  <div </div> <<< not html at all >
</template>
<script setup lang="ts">
const r = await fetch("https://api.mistral.ai/v1/models");
</script>
"""


def test_scripts_found_when_markup_does_not_parse() -> None:
    root = parser("vue").parse(BROKEN.encode()).root_node
    blocks = embedded.script_blocks("vue", root, BROKEN.encode())
    assert [(BROKEN.encode()[b.start:b.end].strip()[:9], b.language) for b in blocks] == [(b"const r =", "typescript")]
    assert _lines(_scan("src/Broken.vue", BROKEN)) == {(6, "MK002")}


def test_scanned_blocks_read_attributes() -> None:
    page = b"<script type='application/json'>{}</script><SCRIPT lang=ts>let a: number = 1</SCRIPT><script>x()</script>"
    blocks = embedded._scanned_blocks(page)
    assert [(page[b.start:b.end], b.language) for b in blocks] == [(b"let a: number = 1", "typescript"), (b"x()", "javascript")]
