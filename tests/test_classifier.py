"""The client/server classifier, one row per signal: (path, code, manifests) -> verdict and reason."""

from __future__ import annotations

import json

import pytest

from mistral_keyguard.classifier import CLIENT, SERVER, UNKNOWN, classify_file, webpack_entries
from mistral_keyguard.languages import language_for_path, parser

NEXT = {"package.json": json.dumps({"dependencies": {"next": "14.2.0", "react": "18.3.0"}})}
NUXT = {"nuxt.config.ts": "export default defineNuxtConfig({})"}
VITE = {"vite.config.ts": "export default {}", "package.json": json.dumps({"devDependencies": {"vite": "5"}})}
CRA = {"package.json": json.dumps({"dependencies": {"react-scripts": "5.0.1"}})}
VUE_CLI = {"vue.config.js": "module.exports = {}"}
ANGULAR = {"angular.json": "{}"}
SVELTEKIT = {"package.json": json.dumps({"devDependencies": {"@sveltejs/kit": "2"}})}
SVELTE_SPA = {"package.json": json.dumps({"devDependencies": {"svelte": "4"}})}
EXPO = {"app.json": json.dumps({"expo": {"name": "x"}})}
STATIC_SITE = {"index.html": "<!DOCTYPE html>"}
REMIX = {"package.json": json.dumps({"dependencies": {"@remix-run/react": "2.0.0"}})}
GATSBY = {"gatsby-config.js": "module.exports = {}"}
RAYCAST = {"package.json": json.dumps({"$schema": "https://www.raycast.com/schemas/extension.json",
                                      "dependencies": {"react": "18"}})}
EMBER = {"ember-cli-build.js": "module.exports = function () {};"}
NONE: dict[str, str] = {}

PLAIN = "export const x = 1;\n"

CASES = [
    # (id, path, code, manifests, kind, words in the reason)
    ("use client", "app/chat/Box.tsx", '"use client";\nexport const x = 1;\n', NEXT, CLIENT, "'use client'"),
    ("use server", "app/actions.ts", "'use server';\nexport async function a() {}\n", NEXT, SERVER, "'use server'"),
    ("directive after comment", "lib/a.ts", '// note\n"use client";\n', NONE, CLIENT, "'use client'"),
    ("server-only import", "lib/mistral.ts", 'import "server-only";\nimport React from "react";\n', NONE, SERVER, "server-only"),
    ("client-only import", "lib/ui.ts", 'import "client-only";\n', NONE, CLIENT, "client-only"),
    ("react import", "lib/useChat.js", 'import { useState } from "react";\n', NONE, CLIENT, "React"),
    ("preact import", "widgets/w.js", 'import { h } from "preact";\n', NONE, CLIENT, "Preact"),
    ("solid import", "src/x.jsx", 'import { createSignal } from "solid-js";\n', NONE, CLIENT, "Solid"),
    ("vue import", "lib/store.js", 'import { ref } from "vue";\n', NONE, CLIENT, "Vue"),
    ("svelte store", "src/lib/stores.ts", 'import { writable } from "svelte/store";\n', NONE, CLIENT, "Svelte"),
    ("preact hooks", "lib/useChat.js", 'import { useState } from "preact/hooks";\n', NONE, CLIENT, "Preact"),
    ("react-dom/client", "lib/mount.js", 'import { createRoot } from "react-dom/client";\n', NONE, CLIENT, "React"),
    ("react-dom/server renders on the server", "lib/render.js",
     'import { renderToString } from "react-dom/server";\n', NONE, UNKNOWN, "not known"),
    ("vue/server-renderer", "lib/ssr.js", 'import { renderToString } from "vue/server-renderer";\n', NONE, UNKNOWN,
     "not known"),
    ("angular import", "lib/a.component.ts", 'import { Component } from "@angular/core";\n', NONE, CLIENT, "Angular"),
    ("ember service import", "app/services/chat.js", 'import Service from "@ember/service";\n', NONE, CLIENT, "Ember"),
    ("glimmer component import", "lib/box.js", 'import Component from "@glimmer/component";\n', NONE, CLIENT, "Ember"),
    ("ember app/ folder", "app/utils/ask.js", PLAIN, EMBER, CLIENT, "Ember app/"),
    ("ember server/ folder", "server/index.js", PLAIN, EMBER, SERVER, "server/"),
    ("ember in-repo addon", "lib/notes/index.js", PLAIN, EMBER, UNKNOWN, "not known"),
    ("app/ of no ember app", "app/utils/ask.js", PLAIN, NONE, UNKNOWN, "not known"),
    ("raycast extension", "src/lib/client.ts", PLAIN, RAYCAST, UNKNOWN, "Raycast"),
    ("raycast command jsx", "src/ask.tsx", "export default () => <Detail />;\n", RAYCAST, UNKNOWN, "Raycast"),
    ("raycast import", "src/ask.tsx", 'import { Detail } from "@raycast/api";\nexport default () => <Detail />;\n',
     NONE, UNKNOWN, "Raycast"),
    ("react native import", "lib/chat.ts", 'import { View } from "react-native";\n', NONE, CLIENT, "React Native"),
    ("expo import", "lib/secure.ts", 'import * as SecureStore from "expo-secure-store";\n', NONE, CLIENT, "Expo"),
    ("jsx", "lib/Card.jsx", "export const Card = () => <div />;\n", NONE, CLIENT, "JSX"),
    ("window", "lib/dom.js", "window.addEventListener('load', () => {});\n", NONE, CLIENT, "window"),
    ("document", "lib/dom.js", "document.title = 'x';\n", NONE, CLIENT, "document"),
    ("localStorage", "lib/keys.js", "localStorage.getItem('k');\n", NONE, CLIENT, "localStorage"),
    ("next pages", "pages/index.tsx", PLAIN, NEXT, CLIENT, "Next.js page"),
    ("next pages, no manifest", "pages/about.js", PLAIN, NONE, CLIENT, "Next.js page"),
    ("next pages/api", "pages/api/chat.ts", 'import React from "react";\n', NEXT, SERVER, "pages/api"),
    ("next _document", "pages/_document.tsx", 'import { Html } from "next/document";\n', NEXT, SERVER, "_document"),
    ("next _app", "pages/_app.tsx", PLAIN, NEXT, CLIENT, "Next.js page"),
    ("next middleware", "middleware.ts", PLAIN, NONE, SERVER, "middleware"),
    ("next app route", "app/api/chat/route.ts", PLAIN, NEXT, SERVER, "route handler"),
    ("next src/app route", "src/app/api/x/route.js", PLAIN, NONE, SERVER, "route handler"),
    ("app router page", "app/digest/page.tsx", 'import { Mistral } from "@mistralai/mistralai";\n', NEXT, SERVER, "Server Component"),
    ("app router page with react", "app/page.tsx", 'import { Suspense } from "react";\nexport default () => <main/>;\n', NEXT, SERVER, "Server Component"),
    ("app router page, no manifest", "app/blog/page.tsx", PLAIN, NONE, SERVER, "Server Component"),
    ("app router component in Next", "app/components/Q.tsx", 'import { useState } from "react";\n', NEXT, SERVER, "Server Component"),
    ("sveltekit +server", "src/routes/api/+server.ts", PLAIN, SVELTEKIT, SERVER, "+server"),
    ("sveltekit +page.server", "src/routes/+page.server.ts", PLAIN, SVELTEKIT, SERVER, "+page.server.ts"),
    ("hooks.server", "src/hooks.server.ts", PLAIN, SVELTEKIT, SERVER, "server-only module"),
    ("sveltekit lib/server", "src/lib/server/db.ts", PLAIN, SVELTEKIT, SERVER, "server/"),
    ("sveltekit universal load", "src/routes/+page.ts", PLAIN, SVELTEKIT, CLIENT, "SvelteKit"),
    ("sveltekit private env", "src/lib/keys.ts", "import { K } from '$env/static/private';\n", NONE, SERVER, "$env/static/private"),
    ("expo +api route", "app/api/chat+api.ts", PLAIN, EXPO, SERVER, "+api"),
    ("vike +data hook", "pages/chat/+data.ts", PLAIN, NONE, SERVER, "Vike +data"),
    ("vike +onBeforeRender hook", "pages/+onBeforeRender.js", PLAIN, NONE, SERVER, "Vike"),
    ("vike shared +data hook", "pages/chat/+data.shared.ts", PLAIN, NEXT, CLIENT, "Next.js page"),
    ("vike client +data hook", "pages/chat/+data.client.ts", PLAIN, NONE, CLIENT, "browser-only module"),
    ("expo app file", "lib/mistral.ts", PLAIN, EXPO, CLIENT, "Expo"),
    ("expo router screen", "app/chat.tsx", PLAIN, EXPO, CLIENT, "Expo"),
    ("express import", "routes/chat.js", 'const express = require("express");\n', NONE, SERVER, "Express"),
    ("fastify import", "src/server.ts", 'import Fastify from "fastify";\n', VITE, SERVER, "Fastify"),
    ("koa import", "app.js", 'import Koa from "koa";\n', NONE, SERVER, "Koa"),
    ("hono import", "src/index.ts", 'import { Hono } from "hono";\n', NONE, SERVER, "Hono"),
    ("next/server import", "lib/edge.ts", 'import { NextResponse } from "next/server";\n', NEXT, SERVER, "next/server"),
    ("node builtin", "lib/files.js", 'import fs from "fs";\n', NONE, SERVER, "Node built-in fs"),
    ("node: builtin", "lib/files.mjs", 'import { readFile } from "node:fs/promises";\n', NONE, SERVER, "node:fs/promises"),
    ("dynamic import builtin", "lib/lazy.js", 'const http = await import("http");\n', NONE, SERVER, "http"),
    ("shebang", "bin/ask.js", "#!/usr/bin/env node\nfetch('x');\n", NONE, SERVER, "command-line"),
    ("deno", "edge/chat.ts", 'const key = Deno.env.get("MISTRAL_API_KEY");\n', NONE, SERVER, "Deno"),
    ("bun", "index.ts", "Bun.serve({ fetch() { return new Response('x'); } });\n", NONE, SERVER, "Bun"),
    ("server dir", "server/proxy.js", PLAIN, VITE, SERVER, "server/"),
    ("nuxt server dir", "server/api/chat.post.ts", PLAIN, NUXT, SERVER, "server/"),
    ("vercel api", "api/chat.ts", PLAIN, NONE, SERVER, "serverless"),
    ("netlify functions", "netlify/functions/chat.mjs", PLAIN, NONE, SERVER, "Netlify"),
    ("build config", "vite.config.ts", PLAIN, VITE, SERVER, "build configuration"),
    ("vite src", "src/api.js", PLAIN, VITE, CLIENT, "Vite app"),
    ("cra src", "src/util.js", PLAIN, CRA, CLIENT, "Create React App"),
    ("vue cli src", "src/services/chat.js", PLAIN, VUE_CLI, CLIENT, "Vue app"),
    ("angular src", "src/app/chat.service.ts", PLAIN, ANGULAR, CLIENT, "Angular app"),
    ("svelte spa src", "src/lib/api.js", PLAIN, SVELTE_SPA, CLIENT, "Svelte app"),
    ("root index.html site", "src/main.js", PLAIN, STATIC_SITE, CLIENT, "index.html"),
    ("vite, not src", "scripts/seed.js", PLAIN, VITE, UNKNOWN, "not known"),
    ("nuxt components", "components/chat.ts", PLAIN, NUXT, CLIENT, "Nuxt components/"),
    ("nuxt composables", "composables/useChat.ts", PLAIN, NUXT, CLIENT, "Nuxt composables/"),
    ("vue sfc", "components/Help.vue", "import fs from 'fs';\n", NUXT, CLIENT, "Vue single-file component"),
    ("svelte sfc", "src/routes/+page.svelte", PLAIN, SVELTEKIT, CLIENT, "Svelte component"),
    ("html page", "public/index.html", PLAIN, NONE, CLIENT, "HTML page"),
    ("type declarations", "src/vite-env.d.ts", "declare const x: Window;\n", VITE, UNKNOWN, "type declarations"),
    ("env.d.ts", "env.d.ts", "interface ImportMetaEnv { readonly VITE_X: string }\n", NONE, UNKNOWN, "type declarations"),
    ("test file", "src/App.test.jsx", 'import { render } from "react";\n', CRA, UNKNOWN, "test code"),
    ("tests folder", "tests/api.spec.ts", PLAIN, VITE, UNKNOWN, "test code"),
    ("__tests__", "src/__tests__/chat.js", "document.title = 'x';\n", CRA, UNKNOWN, "test code"),
    ("public asset", "public/widget.js", PLAIN, NONE, CLIENT, "static file"),
    ("django static", "chat/static/chat/app.js", PLAIN, NONE, CLIENT, "static file"),
    ("gatsby function", "src/api/ask.js", PLAIN, GATSBY, SERVER, "Gatsby function"),
    ("gatsby component", "src/components/Ask.jsx", PLAIN, GATSBY, CLIENT, "Gatsby site"),
    ("remix route", "app/routes/chat.tsx", PLAIN, REMIX, CLIENT, "Remix route"),
    ("nothing known", "lib/mistral.js", "export async function f() { return fetch('x'); }\n", NONE, UNKNOWN, "not known"),
    ("use server beats pages", "pages/actions.ts", "'use server';\n", NEXT, SERVER, "'use server'"),
    ("server import beats react", "lib/ssr.js", 'import fs from "fs";\nimport React from "react";\n', NONE, SERVER, "fs"),
]


def _classify(path: str, code: str, manifests: dict[str, str], **globs):
    language = language_for_path(path)
    data = code.encode()
    script_language = language if language in ("javascript", "typescript", "tsx") else "javascript"
    if language not in ("javascript", "typescript", "tsx"):
        data = b""  # HTML/SFC verdicts come from the path; their scripts are classified as such
    root = parser(script_language).parse(data).root_node
    return classify_file(path, script_language, root, data, manifests, **globs)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_classifier(case) -> None:
    _, path, code, manifests, kind, words = case
    verdict = _classify(path, code, manifests).verdict
    assert verdict.kind == kind, verdict.reason
    assert words in verdict.reason


@pytest.mark.parametrize("path,kind", [
    ("src/server/api.ts", SERVER),   # serverGlobs wins over the Vite src/ rule
    ("scripts/build.js", CLIENT),    # clientGlobs turns unknown into client
    ("src/App.jsx", CLIENT),
])
def test_settings_globs_override(path, kind) -> None:
    verdict = _classify(path, 'import React from "react";\n' if path.endswith("jsx") else PLAIN, VITE,
                        client_globs=("scripts/**",), server_globs=("src/server/**", "api.ts")).verdict
    assert verdict.kind == kind
    if path != "src/App.jsx":
        assert "Globs setting" in verdict.reason


def test_server_glob_beats_use_client() -> None:
    verdict = _classify("widgets/Box.tsx", '"use client";\n', NONE, server_globs=("widgets/**",)).verdict
    assert verdict.kind == SERVER and "serverGlobs" in verdict.reason


NEXT_PAGE = b"""import { useState } from "react";

export async function getServerSideProps() {
  const res = await fetch("https://api.mistral.ai/v1/models");
  return { props: {} };
}

export const getStaticProps = async () => {
  return fetch("https://api.mistral.ai/v1/models");
};

async function save() {
  "use server";
  return fetch("https://api.mistral.ai/v1/models");
}

export default function Page() {
  return fetch("https://api.mistral.ai/v1/models");
}
"""


def test_next_pages_answer_per_function() -> None:
    root = parser("tsx").parse(NEXT_PAGE).root_node
    placement = classify_file("pages/index.tsx", "tsx", root, NEXT_PAGE, NEXT)
    calls = [n for n in _walk(root) if n.type == "call_expression" and n.child_by_field_name("function").text == b"fetch"]
    verdicts = [placement.at(call) for call in calls]
    assert [v.kind for v in verdicts] == [SERVER, SERVER, SERVER, CLIENT]
    assert "getServerSideProps" in verdicts[0].reason
    assert "getStaticProps" in verdicts[1].reason
    assert "'use server' function save" in verdicts[2].reason
    assert "Next.js page" in verdicts[3].reason


def test_data_functions_only_matter_in_pages() -> None:
    root = parser("tsx").parse(NEXT_PAGE).root_node
    placement = classify_file("src/components/Widget.tsx", "tsx", root, NEXT_PAGE, VITE)
    call = next(n for n in _walk(root) if n.type == "call_expression")
    assert placement.at(call).kind == CLIENT  # outside pages/, getServerSideProps is just a name


def _walk(node):
    yield node
    for child in node.children:
        yield from _walk(child)


REMIX_ROUTE = b"""export async function loader() {
  return fetch("https://api.mistral.ai/v1/models");
}

export const action = async () => fetch("https://api.mistral.ai/v1/chat/completions");

export default function Chat() {
  return fetch("https://api.mistral.ai/v1/models");
}
"""


def test_remix_loader_and_action_run_on_the_server() -> None:
    root = parser("tsx").parse(REMIX_ROUTE).root_node
    placement = classify_file("app/routes/chat.tsx", "tsx", root, REMIX_ROUTE, REMIX)
    calls = [n for n in _walk(root) if n.type == "call_expression"]
    assert [placement.at(c).kind for c in calls] == [SERVER, SERVER, CLIENT]
    assert "Remix loader" in placement.at(calls[0]).reason


def test_globs_from_settings_reach_the_rule() -> None:
    from mistral_keyguard.engine import ProjectContext, scan
    from mistral_keyguard.settings import Settings

    code = 'export const go = () => fetch("https://api.mistral.ai/v1/models");\n'
    project = ProjectContext(root="/p", rel_path="shared/api.js")
    assert not scan("/p/shared/api.js", code, Settings(), project=project).findings  # unknown
    flagged = scan("/p/shared/api.js", code, Settings(client_globs=("shared/**",)), project=project).findings
    assert [f.code for f in flagged] == ["MK002"] and "clientGlobs" in flagged[0].message
    browser = 'document.title = "x";\n' + code
    assert scan("/p/shared/api.js", browser, Settings(), project=project).findings
    assert not scan("/p/shared/api.js", browser, Settings(server_globs=("shared/",)), project=project).findings


# -- placement by the import graph: the gate and chains of importers nothing places --------------

SERVICE = b'export const ask = (q) => fetch("https://api.mistral.ai/v1/chat/completions", { body: q });\n'
COMPONENT = b'import { useAsk } from "../hooks/useAsk";\nexport const Box = () => <button onClick={useAsk()} />;\n'


def _importers_of(graph: dict[str, list[str]], files: dict[str, bytes], asked: list[str] | None = None,
                  module: str = "src/services/ask.js"):
    """An `importers` callable over a small import graph: rel path -> the rel paths importing it."""
    def importers(of=None):
        rel = of or module
        if asked is not None:
            asked.append(rel)
        return [(importer, language_for_path(importer), files[importer]) for importer in graph.get(rel, [])]
    return importers


def _place_service(graph: dict[str, list[str]], files: dict[str, bytes], front_end_files=None, asked=None):
    root = parser("javascript").parse(SERVICE).root_node
    return classify_file("src/services/ask.js", "javascript", root, SERVICE, NONE,
                         importers=_importers_of(graph, files, asked), front_end_files=front_end_files).verdict


def _chain(levels: int) -> tuple[dict[str, list[str]], dict[str, bytes]]:
    """service <- levels modules that nothing places, in a row <- a JSX component."""
    names = ["src/services/ask.js"] + [f"src/state/step{n}.js" for n in range(levels)] + ["src/components/Box.jsx"]
    graph = {names[k]: [names[k + 1]] for k in range(len(names) - 1)}
    files = {name: b'import { x } from "./other";\nexport const y = () => x();\n' for name in names[1:-1]}
    files[names[-1]] = COMPONENT
    return graph, files


def test_a_tree_without_manifest_or_front_end_files_never_asks_the_importers() -> None:
    """The walk that finds importers costs a read of every file's head: a back-end tree is spared."""
    asked: list[str] = []
    graph, files = _chain(0)
    verdict = _place_service(graph, files, front_end_files=lambda: False, asked=asked)
    assert verdict.kind == UNKNOWN and asked == []


def test_front_end_files_open_placement_by_the_importers() -> None:
    graph, files = _chain(0)
    verdict = _place_service(graph, files, front_end_files=lambda: True)
    assert verdict.kind == CLIENT and "src/components/Box.jsx" in verdict.reason


@pytest.mark.parametrize("levels", [1, 2, 3])
def test_a_chain_of_unplaced_modules_is_placed_by_the_component_above(levels: int) -> None:
    graph, files = _chain(levels)
    verdict = _place_service(graph, files, front_end_files=lambda: True)
    assert verdict.kind == CLIENT
    assert verdict.reason.count("imported by") == levels + 1 and "src/components/Box.jsx" in verdict.reason


def test_a_chain_longer_than_the_bound_stays_unplaced() -> None:
    graph, files = _chain(4)
    assert _place_service(graph, files, front_end_files=lambda: True).kind == UNKNOWN


def test_a_chain_ending_in_server_code_is_server_code() -> None:
    graph, files = _chain(2)
    del files["src/components/Box.jsx"]
    graph["src/state/step1.js"] = ["server.js"]
    files["server.js"] = b'import express from "express";\nimport { y } from "./src/state/step1";\n'
    verdict = _place_service(graph, files, front_end_files=lambda: True)
    assert verdict.kind == SERVER


def test_a_cycle_of_unplaced_modules_ends() -> None:
    graph, files = _chain(2)
    graph["src/state/step1.js"] = ["src/state/step0.js"]  # step0 <- step1 <- step0 ...
    assert _place_service(graph, files, front_end_files=lambda: True).kind == UNKNOWN


def test_a_sveltekit_public_env_read_opens_placement_by_the_importers() -> None:
    """`$env/static/public` is bundled into browser code: the module's importers are asked even
    where no manifest or component file says a front end is there."""
    data = b'import { PUBLIC_KEY } from "$env/static/public";\n' + SERVICE
    root = parser("typescript").parse(data).root_node
    files = {"src/routes/+page.svelte": b'<script>import { ask } from "$lib/ask";</script>\n'}
    placement = classify_file("src/lib/ask.ts", "typescript", root, data, NONE,
                              importers=_importers_of({"src/lib/ask.ts": ["src/routes/+page.svelte"]}, files,
                                                        module="src/lib/ask.ts"),
                              front_end_files=lambda: False)
    assert placement.verdict.kind == CLIENT and "+page.svelte" in placement.verdict.reason


@pytest.mark.parametrize("config, entries", [
    ('module.exports = { entry: "./src/index.js", output: { filename: "b.js" } };', {"src/index.js"}),
    ('module.exports = {\n  entry: ["./src/polyfills.ts", "./src/main.ts"],\n};', {"src/polyfills.ts", "src/main.ts"}),
    ('module.exports = {\n  entry: { app: "./src/app.js", admin: { import: "./src/admin.js" } },\n'
     '  output: { filename: "[name].js" },\n};', {"src/app.js", "src/admin.js"}),
    ('const path = require("path");\nmodule.exports = {\n  entry: path.resolve(__dirname, "src/index.js"),\n'
     '  output: { path: path.resolve(__dirname, "dist"), filename: "out.js" },\n};', {"src/index.js"}),
    ('module.exports = { target: "node", entry: "./src/server.js" };', set()),  # a Node bundle
    ('module.exports = { entry: "../outside/index.js" };', set()),  # not in the project
    ("module.exports = { mode: 'production' };", set()),
])
def test_webpack_entries_are_read_from_the_config_text(config: str, entries: set[str]) -> None:
    assert webpack_entries(config) == entries
