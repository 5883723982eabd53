"""The proxy fix on small projects, independent of how MK002/MK003 word their findings: a finding
at the client call (MK002) or anywhere in the file (MK003) reroutes every direct Mistral call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mistral_keyguard.document import SourceText
from mistral_keyguard.engine import ScanContext, make_finding
from mistral_keyguard.finding import Fix
from mistral_keyguard.fixes.apply import apply_fixes
from mistral_keyguard.fixes.proxy_fix import route_through_proxy
from mistral_keyguard.languages import language_for_path, parser
from mistral_keyguard.settings import Settings
from mistral_keyguard.workspace import ProjectIndex

CLIENT = """\
const apiKey = import.meta.env.VITE_MISTRAL_API_KEY;
const URL = "https://api.mistral.ai/v1/chat/completions";

export async function ask(messages) {
  const res = await fetch(URL, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${apiKey}`,
    },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  });
  return res.json();
}
"""
CLIENT_FIXED = """\
const URL = "/api/mistral/chat";

export async function ask(messages) {
  const res = await fetch(URL, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  });
  return res.json();
}
"""


def project(root: Path, deps: dict, files: dict[str, str]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "package.json").write_text(json.dumps({"name": "app", "dependencies": deps}))
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)


def proxy_fix(path: Path, code: str = "MK002"):
    data = path.read_bytes()
    language = language_for_path(str(path))
    ctx = ScanContext(str(path), language, SourceText(data), parser(language).parse(data), Settings(),
                      ProjectIndex().context(path))
    at = data.find(b"fetch(")
    finding = make_finding(str(path), ctx.source, Settings(), code, at, at + 5)
    drafts = list(route_through_proxy(ctx, finding))
    if not drafts:
        return None
    draft = drafts[0]
    fix = Fix(draft.fix_id, "Route through a server proxy", False, draft.edits, draft.creations)
    return apply_fixes(data, [fix], lambda p: Path(p).read_bytes() if Path(p).is_file() else None)


@pytest.mark.parametrize("deps,dirs,created", [
    ({"react": "18", "vite": "5"}, [], "server/mistral-proxy.mjs"),
    ({"next": "14", "react": "18"}, ["app"], "app/api/mistral/chat/route.js"),
    ({"next": "14", "react": "18"}, ["pages", "tsconfig.json"], "pages/api/mistral/chat.ts"),
    ({"@sveltejs/kit": "2"}, ["src/routes", "tsconfig.json"], "src/routes/api/mistral/chat/+server.ts"),
    ({"express": "4", "react": "18"}, [], "server/mistral-proxy-router.cjs"),
])
def test_client_is_rerouted_and_the_framework_proxy_created(tmp_path: Path, deps, dirs, created) -> None:
    root = tmp_path / "app"
    project(root, deps, {"src/lib/api.js": CLIENT})
    for extra in dirs:
        (root / extra).mkdir(parents=True, exist_ok=True) if "." not in extra else (root / extra).write_text("{}")
    changes = proxy_fix(root / "src/lib/api.js")
    assert changes.files[None].decode() == CLIENT_FIXED
    assert list(changes.created) == [str(root / created)]
    text = changes.created[str(root / created)]
    assert "authentication and rate limiting" in text and "process.env.MISTRAL_API_KEY" in text


def test_an_existing_proxy_is_not_overwritten(tmp_path: Path) -> None:
    root = tmp_path / "app"
    project(root, {"next": "14"}, {"src/lib/api.js": CLIENT, "app/api/mistral/chat/route.ts": "// mine\n"})
    changes = proxy_fix(root / "src/lib/api.js")
    assert changes.files[None].decode() == CLIENT_FIXED
    assert changes.created == {}
    assert (root / "app/api/mistral/chat/route.ts").read_text() == "// mine\n"


def test_mobile_app_calls_its_backend_constant(tmp_path: Path) -> None:
    root = tmp_path / "app"
    source = ('export const ask = (messages) =>\n'
              '  fetch("https://api.mistral.ai/v1/chat/completions", {\n'
              '    method: "POST",\n'
              '    headers: { Authorization: "Bearer " + process.env.EXPO_PUBLIC_MISTRAL_API_KEY },\n'
              '    body: JSON.stringify({ messages }),\n'
              '  });\n')
    project(root, {"expo": "50", "react-native": "0.73"}, {"lib/chat.js": source})
    changes = proxy_fix(root / "lib/chat.js")
    out = changes.files[None].decode()
    assert 'const MISTRAL_PROXY_BASE_URL = "https://your-backend.example.com";' in out
    assert "fetch(`${MISTRAL_PROXY_BASE_URL}/api/mistral/chat`, {" in out
    assert "Authorization" not in out and "EXPO_PUBLIC" not in out
    assert "headers: {}," in out


def test_unknown_endpoint_is_left_alone(tmp_path: Path) -> None:
    root = tmp_path / "app"
    project(root, {"react": "18"}, {"src/a.js": 'fetch("https://api.mistral.ai/v1/fine_tuning/jobs", {});\n'})
    assert proxy_fix(root / "src/a.js") is None


def test_sdk_client_becomes_a_proxy_backed_object(tmp_path: Path) -> None:
    root = tmp_path / "app"
    source = ('import { Mistral } from "@mistralai/mistralai";\n\n'
              'const client = new Mistral({ apiKey: import.meta.env.VITE_MISTRAL_API_KEY });\n\n'
              'export async function ask(messages: { role: string; content: string }[]) {\n'
              '  const res = await client.chat.complete({ model: "mistral-small-latest", messages });\n'
              '  return res.choices[0].message.content;\n'
              '}\n')
    project(root, {"react": "18", "vite": "5"}, {"src/ask.ts": source})
    path = root / "src/ask.ts"
    data = path.read_bytes()
    ctx = ScanContext(str(path), "typescript", SourceText(data), parser("typescript").parse(data), Settings(),
                      ProjectIndex().context(path))
    at = data.find(b"new Mistral")
    finding = make_finding(str(path), ctx.source, Settings(), "MK002", at, at + 11)
    draft = next(iter(route_through_proxy(ctx, finding)))
    out = apply_fixes(data, [Fix("proxy", "t", False, draft.edits, draft.creations)], lambda p: None).files[None].decode()
    assert "@mistralai/mistralai" not in out and "VITE_MISTRAL_API_KEY" not in out
    assert "async complete(request: unknown) {" in out and 'await fetch("/api/mistral/chat", {' in out
    assert "await client.chat.complete({" in out  # callers keep their code


def test_sdk_client_used_otherwise_is_left_alone(tmp_path: Path) -> None:
    root = tmp_path / "app"
    source = ('import { Mistral } from "@mistralai/mistralai";\n'
              'const client = new Mistral({ apiKey: "x" });\n'
              'export const stream = (messages) => client.chat.stream({ model: "m", messages });\n')
    project(root, {"react": "18"}, {"src/a.js": source})
    path = root / "src/a.js"
    data = path.read_bytes()
    ctx = ScanContext(str(path), "javascript", SourceText(data), parser("javascript").parse(data), Settings(),
                      ProjectIndex().context(path))
    at = data.find(b"new Mistral")
    assert list(route_through_proxy(ctx, make_finding(str(path), ctx.source, Settings(), "MK002", at, at + 11))) == []


def test_xhr_request_is_rerouted_and_its_auth_header_dropped(tmp_path: Path) -> None:
    root = tmp_path / "app"
    source = ('function ask(question, key) {\n'
              '  const xhr = new XMLHttpRequest();\n'
              '  xhr.open("POST", "https://api.mistral.ai/v1/chat/completions");\n'
              '  xhr.setRequestHeader("Content-Type", "application/json");\n'
              '  xhr.setRequestHeader("Authorization", "Bearer " + key);\n'
              '  xhr.send(JSON.stringify({ messages: [{ role: "user", content: question }] }));\n'
              '}\n')
    project(root, {}, {"public/chat.js": source})
    path = root / "public/chat.js"
    data = path.read_bytes()
    ctx = ScanContext(str(path), "javascript", SourceText(data), parser("javascript").parse(data), Settings(),
                      ProjectIndex().context(path))
    at = data.find(b"xhr.open")
    draft = next(iter(route_through_proxy(ctx, make_finding(str(path), ctx.source, Settings(), "MK002", at, at + 8))))
    out = apply_fixes(data, [Fix("proxy", "t", False, draft.edits, draft.creations)], lambda p: None).files[None].decode()
    assert 'xhr.open("POST", "/api/mistral/chat");' in out
    assert "Authorization" not in out and 'xhr.setRequestHeader("Content-Type", "application/json");' in out


@pytest.mark.parametrize("config,expected", [
    ('import { defineConfig } from "vite";\nimport react from "@vitejs/plugin-react";\n\n'
     'export default defineConfig({\n  plugins: [react()],\n});\n',
     'import { defineConfig } from "vite";\nimport react from "@vitejs/plugin-react";\n\n'
     'export default defineConfig({\n  server: { proxy: { "/api/mistral": "http://127.0.0.1:8787" } },\n'
     '  plugins: [react()],\n});\n'),
    ('export default {\n  server: {\n    port: 3000,\n  },\n};\n',
     'export default {\n  server: {\n    proxy: { "/api/mistral": "http://127.0.0.1:8787" },\n    port: 3000,\n  },\n};\n'),
    ('export default defineConfig({ server: { proxy: { "/api": "http://localhost:4000" } } });\n',
     'export default defineConfig({ server: { proxy: { "/api/mistral": "http://127.0.0.1:8787", '
     '"/api": "http://localhost:4000" } } });\n'),
])
def test_vite_dev_server_forwards_to_the_generated_proxy(tmp_path: Path, config: str, expected: str) -> None:
    root = tmp_path / "app"
    project(root, {"react": "18", "vite": "5"}, {"src/lib/api.js": CLIENT, "vite.config.js": config})
    changes = proxy_fix(root / "src/lib/api.js")
    assert changes.files[str(root / "vite.config.js")].decode() == expected
    assert list(changes.created) == [str(root / "server/mistral-proxy.mjs")]


@pytest.mark.parametrize("entry,router,wired", [
    ('const express = require("express");\n\nconst app = express();\napp.use(express.static("public"));\n'
     'app.listen(3000);\n',
     "server/mistral-proxy-router.cjs",
     'const express = require("express");\n\nconst app = express();\n'
     'const { mistralProxy } = require("./server/mistral-proxy-router.cjs");\n'
     'app.use("/api/mistral", mistralProxy); // Mistral proxy: add auth and rate limits\n'
     'app.use(express.static("public"));\napp.listen(3000);\n'),
    ('import express from "express";\nimport cors from "cors";\n\nexport const app = express();\napp.listen(3000);\n',
     "server/mistral-proxy-router.mjs",
     'import express from "express";\nimport cors from "cors";\n'
     'import { mistralProxy } from "./server/mistral-proxy-router.mjs";\n\nexport const app = express();\n'
     'app.use("/api/mistral", mistralProxy); // Mistral proxy: add auth and rate limits\napp.listen(3000);\n'),
])
def test_express_router_is_mounted_in_the_app(tmp_path: Path, entry: str, router: str, wired: str) -> None:
    root = tmp_path / "app"
    project(root, {"express": "4", "react": "18"}, {"src/client/api.js": CLIENT, "server.js": entry})
    changes = proxy_fix(root / "src/client/api.js")
    assert list(changes.created) == [str(root / router)]
    assert changes.files[str(root / "server.js")].decode() == wired
