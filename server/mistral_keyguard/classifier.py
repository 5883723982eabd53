"""Where JavaScript/TypeScript code runs: on users' devices (client), on a server, or unknown.

One small classifier for every rule that cares (MK002, the proxy fix). It reads the code's own
content (directives, imports, browser globals, JSX) and its place in the project (the file's
path, the manifests at the project root), and says why in a short reason the diagnostic shows.
The first signal that applies wins; the order encodes "code that only looks like client code is
server code" (App Router pages, `server-only`, `+server.ts`, `"use server"`). Where a file mixes
both, `Placement.at(node)` answers per function (Next.js `getServerSideProps` and friends,
functions carrying their own `"use server"`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.globs import gitignore_spec
from mistral_keyguard.languages import ECMA_LANGUAGES, has_grammar, parser
from mistral_keyguard.module_graph import imports_of
from mistral_keyguard.project import PUBLIC_ENV_NAMES

CLIENT = "client"
SERVER = "server"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Verdict:
    kind: str
    reason: str

    @property
    def is_client(self) -> bool:
        return self.kind == CLIENT

    @property
    def is_server(self) -> bool:
        return self.kind == SERVER


def _browser(why: str) -> Verdict:
    return Verdict(CLIENT, f"runs in the browser: {why}")


def _device(why: str) -> Verdict:
    return Verdict(CLIENT, f"runs on users' devices: {why}")


def _server(why: str) -> Verdict:
    return Verdict(SERVER, f"runs on the server: {why}")


NEITHER = Verdict(UNKNOWN, "not known to run in the browser or on a server")

# Next.js data functions: they run on the server even in a `pages/` file whose component does not.
NEXT_DATA_FUNCTIONS = frozenset({"getServerSideProps", "getStaticProps", "getStaticPaths"})
# Remix route modules: `loader` and `action` run on the server, the component in the browser.
REMIX_SERVER_FUNCTIONS = frozenset({"loader", "action"})
# Qwik City: request handlers a route module exports (`export const onPost: RequestHandler = …`)
# and the functions given to `server$`, `routeLoader$`, `routeAction$` run on the server only.
QWIK_SERVER_FUNCTIONS = frozenset({"onGet", "onPost", "onPut", "onPatch", "onDelete", "onHead", "onRequest",
                                   "server$", "routeLoader$", "routeAction$", "globalAction$"})
_NODE_BUILTINS = frozenset({
    "assert", "async_hooks", "buffer", "child_process", "cluster", "crypto", "dgram", "dns",
    "fs", "fs/promises", "http", "http2", "https", "module", "net", "os", "path", "perf_hooks",
    "process", "readline", "stream", "tls", "tty", "url", "util", "v8", "vm", "worker_threads",
    "zlib",
})
_SERVER_MODULES = {
    "express": "imports Express", "fastify": "imports Fastify", "koa": "imports Koa",
    "hono": "imports Hono", "next/server": "imports next/server", "next/headers": "imports next/headers",
    "@vercel/node": "Vercel function (@vercel/node)", "@netlify/functions": "Netlify function",
    "$env/static/private": "imports $env/static/private (SvelteKit refuses it in browser code)",
    "$env/dynamic/private": "imports $env/dynamic/private (SvelteKit refuses it in browser code)",
    "commander": "command-line tool (commander)", "yargs": "command-line tool (yargs)",
    "@koa/router": "imports Koa", "@hapi/hapi": "imports hapi", "h3": "imports h3",
    # A Deno Fresh route (its islands, which hydrate in the browser, import $fresh/runtime.ts).
    "$fresh/server.ts": "Fresh route (imports $fresh/server.ts; rendered on the server)",
}
_SERVER_PREFIXES = ("@fastify/", "@hono/", "koa-", "express-")
# Runtimes whose code runs on users' phones or in an app's webview: an import of one places the
# module there (by package, or by prefix of its scoped packages), with the app kind to name.
_DEVICE_MODULES = {"react-native": "a React Native / Expo app", "expo": "a React Native / Expo app"}
_DEVICE_PREFIXES = (("expo-", "a React Native / Expo app"), ("@expo/", "a React Native / Expo app"),
                    ("react-native-", "a React Native / Expo app"), ("@nativescript/", "a NativeScript app"),
                    ("nativescript-", "a NativeScript app"), ("@capacitor/", "a Capacitor app"),
                    ("@lynx-js/", "a Lynx app"))
_COMPONENT_MODULES = {
    "react": "React", "react-dom": "React", "preact": "Preact", "solid-js": "Solid", "vue": "Vue",
    "svelte": "Svelte", "@angular/core": "Angular", "next/router": "Next.js",
    "next/navigation": "Next.js", "next/link": "Next.js", "gatsby": "Gatsby",
    # Libraries that exist only in a page: web components and DOM sprinkles.
    "lit": "Lit", "lit-element": "Lit", "@stencil/core": "Stencil", "alpinejs": "Alpine.js",
    "mithril": "Mithril", "htmx.org": "htmx", "jquery": "jQuery",
}
_BROWSER_GLOBALS = frozenset({"window", "document", "localStorage", "sessionStorage", "navigator"})
_APP_ROUTER_FILES = frozenset({"page", "layout", "template", "loading", "error", "not-found",
                               "default", "global-error"})
_CONFIG_FILE = re.compile(
    r"^((next|nuxt|vite|vitest|svelte|astro|webpack|rollup|tailwind|postcss|babel|jest|remix|metro|"
    r"app|eslint)\.config|gatsby-(config|node|ssr))\.(js|cjs|mjs|ts|cts|mts)$")
_STATIC_DIRS = frozenset({"public", "static", "assets", "wwwroot"})
# A read of a variable a bundler inlines into browser code (Vite's import.meta.env, the public
# prefixes of process.env, SvelteKit's $env/*/public): the module is front-end code of some app.
_PUBLIC_READ = re.compile(rb"import\.meta\.env\b|process\.env\.("
                          + b"|".join(p.encode() for p in PUBLIC_ENV_NAMES if p != "PUBLIC_")
                          + rb")|\$env/(static|dynamic)/public\b")
_SFC = {".vue": "Vue single-file component", ".svelte": "Svelte component",
        ".astro": "the client <script> of an Astro component"}
_HTML = (".html", ".htm")


@dataclass(frozen=True)
class ProjectKind:
    """What the project root's manifests say about the app."""

    next: bool = False
    nuxt: bool = False
    sveltekit: bool = False
    expo: bool = False
    remix: bool = False
    qwik: bool = False  # Qwik City: server handlers and `server$` functions sit in browser modules
    # An app whose modules run on either side: SolidStart (server code marked "use server"), Electron
    # (main process and renderer): a shared module is placed by its importers.
    universal: bool = False
    obsidian: bool = False  # an Obsidian plugin (manifest.json with minAppVersion): runs in the app
    # A mobile app whose whole bundle runs on the phone (NativeScript, Capacitor, Lynx: a dependency
    # on its runtime), or a plugin of a host app whose code runs inside the user's app (a Figma or
    # Adobe UXP plugin, an Office add-in: their manifests say so). Its name, for the reason.
    device_app: str | None = None
    ember: bool = False  # an Ember app (ember-cli): its app/ folder is bundled for the browser
    # A Raycast extension: Node on the user's own machine, with the user's own key from its
    # preferences (like a VS Code extension), though its commands are React components.
    raycast: bool = False
    plasmo: bool = False  # a Plasmo browser extension: its entry files run in the browser
    wxt: bool = False  # a WXT browser extension: its `entrypoints/` (popup, background ...) run in the browser
    spa: str | None = None  # "Vite app", "Create React App", ... whose src/ is browser code
    # The entry files of a webpack config that builds for the web (not `target: "node"`), as paths
    # in the project: browser code, and the modules they import are placed by their importers.
    webpack_entries: frozenset[str] = frozenset()
    front_end: bool = False  # package.json depends on a component framework (React, Vue, Svelte ...)

    @staticmethod
    def from_manifests(manifests: dict[str, str]) -> "ProjectKind":
        return _project_kind(tuple(sorted(manifests.items())))


@lru_cache(maxsize=64)
def _project_kind(items: tuple[tuple[str, str], ...]) -> ProjectKind:
    manifests = dict(items)
    deps = _dependencies(manifests.get("package.json"))
    names = set(manifests)
    expo = "expo" in deps or "react-native" in deps or _is_expo_app_json(manifests.get("app.json"))
    nxt = "next" in deps or any(n.startswith("next.config.") for n in names)
    nuxt = "nuxt" in deps or any(n.startswith("nuxt.config.") for n in names)
    sveltekit = "@sveltejs/kit" in deps or "svelte.config.js" in names
    spa = None
    if "react-scripts" in deps:
        spa = "Create React App"
    elif "angular.json" in names or "@angular/core" in deps:
        spa = "Angular app"
    elif "vue.config.js" in names or "@vue/cli-service" in deps:
        spa = "Vue app"
    elif "gatsby" in deps or "gatsby-config.js" in names:
        spa = "Gatsby site"
    elif any(n.startswith("vite.config.") for n in names) or "vite" in deps:
        spa = "Vite app"
    elif "svelte" in deps and not sveltekit:
        spa = "Svelte app"
    elif "index.html" in names and not (nxt or nuxt or sveltekit):
        spa = "web app (root index.html)"
    remix = any(d.startswith("@remix-run/") for d in deps) or "@react-router/dev" in deps
    qwik = "@builder.io/qwik-city" in deps or "@qwik.dev/router" in deps
    plasmo = "plasmo" in deps
    wxt = "wxt" in deps
    entries = webpack_entries(next((manifests[n] for n in _WEBPACK_CONFIGS if n in manifests), None))
    return ProjectKind(webpack_entries=entries,
                       next=nxt, nuxt=nuxt, sveltekit=sveltekit, expo=expo, remix=remix, spa=spa, qwik=qwik,
                       plasmo=plasmo, wxt=wxt,
                       front_end=bool(spa) or plasmo or wxt or any(d in deps for d in _COMPONENT_MODULES),
                       universal="@solidjs/start" in deps or "electron" in deps,
                       obsidian="obsidian" in deps or _is_obsidian_manifest(manifests.get("manifest.json")),
                       device_app=_device_app(deps, manifests),
                       ember="ember-source" in deps or "ember-cli" in deps or "ember-cli-build.js" in names,
                       raycast=_RAYCAST_API in deps or _RAYCAST_SCHEMA in manifests.get("package.json", ""))


_WEBPACK_CONFIGS = ("webpack.config.js", "webpack.config.cjs", "webpack.config.mjs", "webpack.config.ts")
_WEBPACK_ENTRY = re.compile(r"\bentry\s*:\s*")
_NOT_WEB_TARGET = re.compile(r"\btarget\s*:\s*[\"'`](node|async-node|electron-main|electron-preload)")
_ENTRY_PATH = re.compile(r"[\"'`](\.{0,2}/?[\w@-][\w./@-]*\.(?:js|jsx|mjs|cjs|ts|tsx))[\"'`]")
_MAX_ENTRY_TEXT = 2000


def webpack_entries(config: str | None) -> frozenset[str]:
    """The entry files (paths in the project) of a webpack config that builds for the web:
    `entry: "./src/index.js"`, an array of them, or an object whose values name them. Read as
    text (the config is code of the scanned tree and is never run)."""
    if not config or _NOT_WEB_TARGET.search(config):
        return frozenset()
    found = _WEBPACK_ENTRY.search(config)
    if found is None:
        return frozenset()
    rest = config[found.end():found.end() + _MAX_ENTRY_TEXT]
    if rest[:1] in "[{":
        depth, end = 0, len(rest)
        for at, char in enumerate(rest):
            depth += (char in "[{") - (char in "]}")
            if depth == 0:
                end = at + 1
                break
        rest = rest[:end]
    else:  # one string, or a call that makes one (`path.resolve(__dirname, "src/index.js")`)
        rest = rest.split("\n", 1)[0]
        rest = rest[:_ENTRY_PATH.search(rest).end()] if _ENTRY_PATH.search(rest) else ""
    return frozenset(PurePosixPath(p).as_posix().removeprefix("./") for p in _ENTRY_PATH.findall(rest)
                     if ".." not in p.split("/"))


_RAYCAST_SCHEMA = "raycast.com/schemas/extension.json"
_RAYCAST_API = "@raycast/api"


# Dependencies that make the whole app a mobile bundle (React Native and Expo: the `expo` flag).
_DEVICE_RUNTIMES = {"@nativescript/core": "a NativeScript app", "@capacitor/core": "a Capacitor app",
                    "@lynx-js/react": "a Lynx app"}
_OFFICE_MANIFEST = re.compile(r"<OfficeApp\b")


def _device_app(deps: frozenset[str], manifests: dict[str, str]) -> str | None:
    """The kind of app whose code all runs on users' devices, from the root's manifests."""
    runtime = next((name for dep, name in _DEVICE_RUNTIMES.items() if dep in deps), None)
    if runtime is not None:
        return runtime
    if _OFFICE_MANIFEST.search(manifests.get("manifest.xml", "")[:_MAX_ENTRY_TEXT]):
        return "an Office add-in (its task pane and commands run in the Office app's webview)"
    return _plugin_host(manifests.get("manifest.json"))


def _plugin_host(text: str | None) -> str | None:
    """A host app's plugin manifest: Figma's (`api` and `main`, with a `ui` page or an editor
    type), Adobe UXP's (`manifestVersion` and a `host` app)."""
    if not text or not ('"main"' in text or '"host"' in text):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("api"), str) and isinstance(data.get("main"), str) and (
            "ui" in data or "editorType" in data):
        return "a Figma plugin (its main code and UI iframe run in the user's Figma app)"
    host = data.get("host")
    if "manifestVersion" in data and isinstance(host, (dict, list)):
        return "an Adobe UXP plugin (it runs inside the user's Adobe app)"
    return None


def _is_obsidian_manifest(text: str | None) -> bool:
    """An Obsidian plugin's manifest.json: an `id` and the app version it needs."""
    if not text or "minAppVersion" not in text:
        return False
    try:
        data = json.loads(text)
    except ValueError:
        return False
    return isinstance(data, dict) and "minAppVersion" in data and "id" in data


def _dependencies(text: str | None) -> frozenset[str]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return frozenset()
    deps: set[str] = set()
    if isinstance(data, dict):
        for key in ("dependencies", "devDependencies", "peerDependencies"):
            if isinstance(data.get(key), dict):
                deps |= set(data[key])
    return frozenset(deps)


def _is_expo_app_json(text: str | None) -> bool:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return False
    return isinstance(data, dict) and isinstance(data.get("expo"), dict)


@dataclass
class CodeFacts:
    """What the classifier reads from the code itself."""

    directive: str | None = None
    modules: list[str] = field(default_factory=list)
    browser_globals: list[str] = field(default_factory=list)
    server_globals: list[str] = field(default_factory=list)
    jsx: bool = False
    shebang: bool = False

    @staticmethod
    def read(language: str, root: ts.Node | None, data: bytes) -> "CodeFacts":
        facts = CodeFacts(shebang=data.startswith(b"#!"))
        if root is None or language not in ECMA_LANGUAGES:
            return facts
        facts.directive = _directive(root)
        caps = queries.captures(language, "placement", root)
        facts.modules = [_text(n) for n in sorted(caps.get("module", ()), key=lambda n: n.start_byte)]
        facts.browser_globals = sorted({_text(n) for n in caps.get("browser_global", ())})
        facts.server_globals = sorted({_text(n) for n in caps.get("server_global", ())})
        facts.jsx = bool(caps.get("jsx"))
        return facts


def _text(node: ts.Node) -> str:
    return node.text.decode("utf-8", "replace") if node.text is not None else ""


def _directive(body: ts.Node) -> str | None:
    """`"use client"` / `"use server"` among the leading string statements of a body."""
    for child in body.named_children:
        if child.type == "comment":
            continue
        if child.type != "expression_statement" or not child.named_children:
            return None
        expr = child.named_children[0]
        if expr.type != "string":
            return None
        value = _text(expr)[1:-1]
        if value in ("use client", "use server"):
            return value
    return None


@dataclass(frozen=True)
class Placement:
    """A file's verdict, refined per function where the file mixes client and server code."""

    verdict: Verdict
    server_functions: frozenset[str] = frozenset()  # names of functions that run on the server
    framework: str = ""

    def at(self, node: ts.Node | None) -> Verdict:
        parent = node
        while parent is not None:
            name, body = _function_name_and_body(parent)
            if body is not None and _directive(body) == "use server":
                return _server(f"'use server' function {name or ''}".rstrip())
            if name in self.server_functions:
                return _server(f"{self.framework} {name}")
            wrapper = _wrapping_call(parent)
            if wrapper in self.server_functions:
                return _server(f"{self.framework} {wrapper}(…) function")
            parent = parent.parent
        return self.verdict


def _wrapping_call(node: ts.Node) -> str | None:
    """`server$` for a function passed to `server$(…)`: a call that says where it runs."""
    if node.type not in ("function_expression", "arrow_function", "function"):
        return None
    args = node.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
    return _text(fn) if fn is not None and fn.type == "identifier" else None


def _function_name_and_body(node: ts.Node) -> tuple[str | None, ts.Node | None]:
    if node.type not in ("function_declaration", "function_expression", "arrow_function",
                         "method_definition", "generator_function_declaration", "function"):
        return None, None
    body = node.child_by_field_name("body")
    body = body if body is not None and body.type == "statement_block" else None
    name_node = node.child_by_field_name("name")
    holder = node.parent
    # `const getServerSideProps = (async () => …) satisfies GetServerSideProps`
    while holder is not None and holder.type in ("parenthesized_expression", "satisfies_expression", "as_expression"):
        holder = holder.parent
    if name_node is None and holder is not None and holder.type == "variable_declarator":
        name_node = holder.child_by_field_name("name")
    return (_text(name_node) if name_node is not None else None), body


def classify_file(rel_path: str, language: str, root: ts.Node | None, data: bytes,
                  manifests: dict[str, str] | None = None, client_globs: tuple[str, ...] = (),
                  server_globs: tuple[str, ...] = (), importers=None, front_end_files=None,
                  chain: "_Chain | None" = None) -> Placement:
    """The pure classifier: a path inside its project, the parsed code, the root's manifests, and
    (a callable) the files that import it, asked when the folder alone would decide.
    `front_end_files` (a callable) says whether the project holds component files (JSX, TSX,
    Vue, Svelte) or a `public/index.html`: a front end may be there when no manifest names one. `chain` is the walk
    up the importers that asked for this file's placement (see `_by_importers`)."""
    path = PurePosixPath(rel_path.replace("\\", "/"))
    if server_globs and _glob_match(server_globs, path.as_posix()):
        return Placement(_server("matches the serverGlobs setting"))
    if client_globs and _glob_match(client_globs, path.as_posix()):
        return Placement(_browser("matches the clientGlobs setting"))
    if path.name.endswith((".d.ts", ".d.mts", ".d.cts")):
        return Placement(Verdict(UNKNOWN, "type declarations only"))
    if _is_test(path):
        return Placement(Verdict(UNKNOWN, "test code (runs in a test runner, not shipped)"))
    facts = CodeFacts.read(language, root, data)
    project = ProjectKind.from_manifests(manifests or {})
    extension = extension_scripts((manifests or {}).get("manifest.json"))
    verdict = (_by_directive(facts) or _by_page_or_component(path) or _by_extension(path, extension)
               or _by_webpack_entry(path, project)
               or _by_server_path(path) or _by_client_path(path) or _by_server_code(facts)
               or _by_framework_path(path, project, facts) or _by_client_code(path, facts))
    if verdict is None:
        verdict = _by_project_dir(path, project)
        if verdict is not None and importers is not None:
            verdict = _by_importers(path, data, importers(), manifests or {}, importers, chain) or verdict
        elif verdict is None and importers is not None and (
                chain is not None or project.next or project.universal or extension is not None
                or project.front_end or project.webpack_entries or _PUBLIC_READ.search(data)
                or (front_end_files is not None and front_end_files())):
            # A module nothing in its own text or path places: a shared module of a Next.js,
            # SolidStart or Electron app or an extension, a `lib/` module of a front end whose
            # manifest names no bundler (or of a tree with no manifest that holds front-end
            # files), or of any app when it reads a bundler-public variable. Where its importers
            # run (a walk of the project: only where a front end may be; an importer asked on
            # the way up is placed the same way, its walk already paid for).
            verdict = _by_importers(path, data, importers(), manifests or {}, importers, chain)
    if verdict is None:
        return Placement(NEITHER)
    if _in_next_pages(path):
        return Placement(verdict, NEXT_DATA_FUNCTIONS, "Next.js")
    if project.remix and "routes" in path.parts[:-1]:
        return Placement(verdict, REMIX_SERVER_FUNCTIONS, "Remix")
    if project.qwik:
        return Placement(verdict, QWIK_SERVER_FUNCTIONS, "Qwik City")
    return Placement(verdict)


@lru_cache(maxsize=32)
def _glob_spec(globs: tuple[str, ...]):
    return gitignore_spec(globs)[0]


def _glob_match(globs: tuple[str, ...], rel_path: str) -> bool:
    return _glob_spec(globs).match_file(rel_path)


def _by_directive(facts: CodeFacts) -> Verdict | None:
    if facts.directive == "use server":
        return _server("'use server' directive (server actions)")
    if facts.directive == "use client":
        return _browser("'use client' directive")
    if "server-only" in facts.modules:
        return _server("imports server-only")
    if "client-only" in facts.modules:
        return _browser("imports client-only")
    return None


def _by_page_or_component(path: PurePosixPath) -> Verdict | None:
    """Scripts of HTML pages and single-file components: bundled for the browser, whatever
    they import (SvelteKit and Nuxt refuse server-only modules there)."""
    suffix = path.suffix.lower()
    if suffix in _HTML:
        return _browser("inline <script> in an HTML page")
    if suffix in _SFC:
        return _browser(_SFC[suffix])
    return None


def _by_webpack_entry(path: PurePosixPath, project: ProjectKind) -> Verdict | None:
    if path.as_posix() in project.webpack_entries:
        return _browser("the entry of a webpack web bundle (webpack.config)")
    return None


def _by_extension(path: PurePosixPath, scripts: frozenset[str] | None) -> Verdict | None:
    if scripts is not None and path.as_posix() in scripts:
        return _browser("a browser extension's script (listed in manifest.json)")
    return None


_EXTENSION_PAGES = (("action", "default_popup"), ("browser_action", "default_popup"), ("page_action", "default_popup"),
                    ("options_ui", "page"), ("side_panel", "default_path"), ("sidebar_action", "default_panel"))


@lru_cache(maxsize=16)
def extension_scripts(manifest: str | None) -> frozenset[str] | None:
    """The files a Chrome/Firefox extension's manifest.json runs on the user's device (its
    background worker or scripts, content scripts, popup/options/side-panel pages), by path from
    the manifest's folder; None when the text is not an extension manifest. A script a page
    loads is found through the page (`<script src>`, an import the project view follows)."""
    if not manifest or "manifest_version" not in manifest:
        return None
    try:
        data = json.loads(manifest)
    except ValueError:
        return None
    if not isinstance(data, dict) or "manifest_version" not in data:
        return None
    listed: list[object] = []
    background = data.get("background")
    if isinstance(background, dict):
        listed += [background.get("service_worker"), background.get("page"), *_strings(background.get("scripts"))]
    for entry in data.get("content_scripts") or [] if isinstance(data.get("content_scripts"), list) else []:
        if isinstance(entry, dict):
            listed += _strings(entry.get("js"))
    for section, key in _EXTENSION_PAGES:
        value = data.get(section)
        listed.append(value.get(key) if isinstance(value, dict) else None)
    listed += [data.get("options_page"), data.get("devtools_page")]
    return frozenset(PurePosixPath(str(p).lstrip("/")).as_posix() for p in listed if isinstance(p, str) and p)


def _strings(value: object) -> list[str]:
    return [v for v in value[:64] if isinstance(v, str)] if isinstance(value, list) else []


def _by_server_path(path: PurePosixPath) -> Verdict | None:
    parts = path.parts
    name = path.name
    stem = name.split(".", 1)[0]
    if stem == "_document" and "pages" in parts[:-1]:
        return _server("Next.js pages/_document (rendered on the server only)")
    if stem in ("middleware", "instrumentation") and (len(parts) == 1 or parts[:-1] == ("src",)) \
            and path.suffix in (".js", ".ts", ".mjs"):
        return _server(f"Next.js {stem} (runs on the server or the edge)")
    if name.startswith("+server."):
        return _server("SvelteKit endpoint (+server)")
    if ".server." in name:
        return _server(f"server-only module ({name})")
    if name.endswith(("+api.ts", "+api.js", "+api.tsx", "+api.jsx")):
        return _server("Expo Router API route (+api)")
    if stem in _VIKE_SERVER_HOOKS and not _VIKE_ENV_SUFFIX.search(name):
        return _server(f"Vike {stem} hook (runs on the server unless named .client or .shared)")
    for i, part in enumerate(parts[:-1]):
        if part == "pages" and i + 1 < len(parts) - 1 and parts[i + 1] == "api":
            return _server("Next.js API route (pages/api)")
        if part == "netlify" and i + 1 < len(parts) - 1 and parts[i + 1] in ("functions", "edge-functions"):
            return _server("Netlify function")
        if part == "server":
            return _server("in a server/ folder")
    if "app" in parts[:-1] and stem == "route":
        return _server("Next.js route handler (app/**/route)")
    if len(parts) > 1 and parts[0] == "api":
        return _server("serverless function (api/)")
    if len(parts) > 1 and parts[0] in ("functions", "supabase") and path.suffix in (".js", ".ts", ".mjs", ".cjs"):
        return _server("serverless function (functions/)")
    if _CONFIG_FILE.match(name) and len(parts) == 1:
        return _server(f"build configuration ({name}) runs in Node")
    return None


# Vike's `+` hook files that run on the server by default, like Next's getServerSideProps (a
# `+data.client.ts` or `+data.shared.ts` opts into the browser). Framework-specific: the names are
# Vike's; `+Page`, `+onRenderClient` and `+guard` stay with the other signals.
_VIKE_SERVER_HOOKS = frozenset({"+data", "+onBeforeRender", "+onBeforePrerenderStart", "+onRenderHtml"})
_VIKE_ENV_SUFFIX = re.compile(r"\.(client|shared)\.")


# SvelteKit's universal load files (`+page.ts`, `+layout.js`): they run on the server for the first
# render and in the browser on every client navigation (`+page.server.ts` is caught before).
_UNIVERSAL_LOAD = re.compile(r"\+(page|layout)\.[cm]?[jt]s")


def _by_client_path(path: PurePosixPath) -> Verdict | None:
    if ".client." in path.name:  # Remix and Nuxt leave `*.client.ts` out of the server build
        return _browser(f"browser-only module ({path.name})")
    if _UNIVERSAL_LOAD.fullmatch(path.name):
        return _browser(f"SvelteKit universal load ({path.name}: runs in the browser on client navigation)")
    return None


def _by_server_code(facts: CodeFacts) -> Verdict | None:
    for module in facts.modules:
        why = _SERVER_MODULES.get(module)
        if why is None and module.startswith(_SERVER_PREFIXES):
            why = f"imports {module}"
        if why is None and (module.startswith("node:") or module in _NODE_BUILTINS):
            why = f"imports the Node built-in {module}"
        if why is not None:
            return _server(why)
    if facts.shebang:
        return _server("command-line script (#!)")
    if facts.server_globals:
        return _server(f"uses the {facts.server_globals[0]} runtime")
    return None


def _by_framework_path(path: PurePosixPath, project: ProjectKind, facts: CodeFacts) -> Verdict | None:
    parts = path.parts
    dirs = parts[:-1]
    stem = path.name.split(".", 1)[0]
    if project.expo:
        return _device("part of an Expo / React Native app bundle")
    if project.obsidian:
        return _device("part of an Obsidian plugin (it runs inside the user's Obsidian app)")
    if project.device_app:
        return _device(f"part of {project.device_app}")
    if project.raycast or _RAYCAST_API in facts.modules:
        return Verdict(UNKNOWN, "a Raycast extension (Node on the user's own machine, not a web page)")
    if project.plasmo and _is_plasmo_entry(parts):
        return _browser("a Plasmo extension entry (popup, options, content script, new tab ...)")
    if project.wxt and "entrypoints" in dirs[:2] and (dirs[0] == "entrypoints" or dirs[0] == "src"):
        return _browser("a WXT extension entry (entrypoints/: popup, background, content script ...)")
    if project.spa == "Gatsby site" and dirs[:2] == ("src", "api"):
        return _server("Gatsby function (src/api)")
    if project.remix and "routes" in dirs:
        return _browser("Remix route module (its loader and action run on the server)")
    app_dir = dirs[:1] == ("app",) or dirs[:2] == ("src", "app")
    if app_dir and path.suffix != ".vue" and (project.next or (stem in _APP_ROUTER_FILES and not project.nuxt)):
        return _server("Next.js App Router Server Component (no 'use client')")
    if "pages" in dirs and path.suffix in (".js", ".jsx", ".ts", ".tsx"):
        if project.next or not (project.nuxt or project.spa):
            return _browser("Next.js page (pages/ outside pages/api)")
    return None


# Plasmo's entry files (at the root or in src/, or a folder of them): each is built into the
# extension's pages or scripts, which run in the browser.
_PLASMO_ENTRIES = frozenset({"popup", "options", "content", "newtab", "sidepanel", "devtools", "background"})
_PLASMO_FOLDERS = frozenset({"contents", "tabs", "sandboxes", "popup", "options", "newtab", "sidepanel"})


def _is_plasmo_entry(parts: tuple[str, ...]) -> bool:
    inside = parts[1:] if parts[:1] == ("src",) else parts
    stem = inside[-1].split(".", 1)[0]
    return (len(inside) == 1 and stem in _PLASMO_ENTRIES) or (
        len(inside) == 2 and inside[0] in _PLASMO_FOLDERS)


def _in_next_pages(path: PurePosixPath) -> bool:
    dirs = path.parts[:-1]
    return "pages" in dirs and "api" not in dirs


def _by_client_code(path: PurePosixPath, facts: CodeFacts) -> Verdict | None:
    for module in facts.modules:
        app = _DEVICE_MODULES.get(module) or next((name for prefix, name in _DEVICE_PREFIXES
                                                   if module.startswith(prefix)), None)
        if app is not None:
            return _device(f"{app} (imports {module})")
    if "obsidian" in facts.modules:
        return _device("Obsidian plugin code (imports obsidian)")
    for module in facts.modules:
        framework = _framework_of(module)
        if framework:
            return _browser(f"{framework} code (imports {module})")
    if facts.jsx:
        return _browser("JSX component")
    if facts.browser_globals:
        return _browser(f"uses {', '.join(facts.browser_globals)}")
    return None


def _framework_of(module: str) -> str | None:
    """The component framework an import names: its package or a subpath of it (`svelte/store`,
    `preact/hooks`, `react-dom/client`), not its server renderer (`react-dom/server`,
    `vue/server-renderer`)."""
    framework = _COMPONENT_MODULES.get(module)
    if framework is None and module.startswith("@angular/"):
        framework = "Angular"
    if framework is None and module.startswith(("@ember/", "@glimmer/")):
        framework = "Ember"  # services, components and routes of an Ember app all run in the browser
    package, _, subpath = module.partition("/")
    if framework is None and subpath and "server" not in subpath:
        framework = _COMPONENT_MODULES.get(package)
    return framework


def _is_test(path: PurePosixPath) -> bool:
    name = path.name
    return (any(f".{kind}." in name for kind in ("test", "spec", "e2e"))
            or bool(set(path.parts[:-1]) & {"__tests__", "__mocks__", "test", "tests", "e2e", "cypress"}))


def _by_project_dir(path: PurePosixPath, project: ProjectKind) -> Verdict | None:
    first = path.parts[0] if len(path.parts) > 1 else ""
    if set(path.parts[:-1]) & _STATIC_DIRS:
        return _browser("a static file served to the browser (public/, static/, assets/)")
    if project.spa and first == "src":
        return _browser(f"src/ of a {project.spa}")
    if project.sveltekit and first == "src":
        return _browser("SvelteKit universal code (src/, not *.server.* or +server)")
    if project.ember and first == "app":
        return _browser("Ember app/ (bundled for the browser)")
    if project.nuxt and first in ("components", "pages", "layouts", "composables", "plugins",
                                  "middleware", "utils", "stores"):
        return _browser(f"Nuxt {first}/ (bundled for the browser)")
    return None


# A request handler's shape: `export function handler`, `GET`/`POST` exports, `(req, res)`.
_ROUTE_SHAPED = re.compile(rb"export\s+(async\s+)?function\s+(handler|GET|POST|PUT|PATCH|DELETE)\b"
                           rb"|export\s+default\s+(async\s+)?function\s*\w*\s*\(\s*req\b|\(\s*req\s*,\s*res\s*\)")


# How far up a chain of importers that nothing places is followed (the API module, the slice
# or service importing it, the store or hook importing that, then the component), and how many
# importers one placement may classify on the way (each is parsed, its first bytes only).
_CHAIN_LEVELS = 3
_CHAIN_FILES = 96


@dataclass
class _Chain:
    """One placement's walk up the importers: the importers placed so far, by path (each is
    classified once however many paths reach it; a cycle finds its own entry unplaced), and how
    many levels above the module this one is."""

    placed: dict[str, tuple["Placement", ts.Node | None]] = field(default_factory=dict)
    level: int = 0

    def up(self) -> "_Chain":
        return _Chain(self.placed, self.level + 1)

    def may_climb(self) -> bool:
        return self.level < _CHAIN_LEVELS and len(self.placed) < _CHAIN_FILES


def _by_importers(path: PurePosixPath, data: bytes, importers: list[tuple[str, str, bytes]] | None,
                  manifests: dict[str, str], importers_of=None, chain: _Chain | None = None) -> Verdict | None:
    """The import graph, where the folder is all the path says: a module is browser code when
    browser code imports it, server code when only server code does; a request handler that
    nothing imports and no framework serves (it sits in a plain src/ folder) runs nowhere. An
    importer nothing places (a store, slice, hook or service module between a component and
    this one) is placed by its own importers (`importers_of(its path)`), and so on up to
    `_CHAIN_LEVELS` levels."""
    if importers is None:
        return None
    if not importers:
        if _ROUTE_SHAPED.search(data):
            return Verdict(UNKNOWN, "a request handler that nothing imports and no framework serves")
        return None
    chain = chain or _Chain()
    verdicts = []
    for rel, language, head in importers[:32]:
        where, root = _importer_placement(rel, language, head, manifests, importers_of, chain)
        verdict = where.verdict
        if verdict.is_client and where.server_functions and root is not None:
            verdict = _where_used(where, root, head, path) or verdict
        verdicts.append((rel, verdict))
    browser = next(((rel, v) for rel, v in verdicts if v.is_client), None)
    if browser is not None:
        rel, verdict = browser
        why = verdict.reason.split(": ", 1)[-1]
        # Placed higher up: name the file that places it (`src/utils/index.js, imported by …`).
        return _browser(f"imported by {rel}, {why}" if why.startswith("imported by")
                        else f"imported by browser code ({rel})")
    if all(v.is_server for _, v in verdicts):
        return _server(f"imported only by server code ({verdicts[0][0]})")
    return None


def _importer_placement(rel: str, language: str, head: bytes, manifests: dict[str, str], importers_of,
                        chain: _Chain) -> tuple["Placement", ts.Node | None]:
    """An importer's placement and parsed head: by its own text and path, or, when those say
    nothing, by its importers (one level further up the chain, while the chain may climb)."""
    known = chain.placed.get(rel)
    if known is not None:
        return known
    root = parser(language).parse(head).root_node if has_grammar(language) else None
    chain.placed[rel] = (Placement(NEITHER), root)  # a cycle back to it finds it unplaced
    where = classify_file(rel, language, root, head, manifests)
    if where.verdict is NEITHER and importers_of is not None and chain.may_climb():
        where = classify_file(rel, language, root, head, manifests, importers=_importers_at(importers_of, rel),
                              chain=chain.up())
    chain.placed[rel] = (where, root)
    return where, root


def _importers_at(importers_of, rel: str):
    """The importers callable of the importer `rel` (asked of another path, that path's)."""
    return lambda of=None: importers_of(rel if of is None else of)


def _where_used(where: Placement, root: ts.Node, head: bytes, path: PurePosixPath) -> Verdict | None:
    """A Next.js page that uses what it imports from `path` (or loads it, `await import(…)`)
    only in its data functions (`getServerSideProps`) runs that module on the server; None when
    no use is found."""
    uses = [where.at(node) for node in _uses_of(root, _names_taken(head, path), _module_word(path))]
    if not uses:
        return None
    client = next((v for v in uses if v.is_client), None)
    return client or _server(f"{where.framework} data functions only ({uses[0].reason.split(': ', 1)[-1]})")


def _module_word(path: PurePosixPath) -> str:
    """What an import of `path` ends with: `../lib/ask`, `@/lib/ask.ts`, a folder for its index."""
    stem = path.name.split(".", 1)[0]
    return path.parent.name if stem == "index" else stem


def _spec_word(spec: str) -> str:
    return spec.rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0]


def _names_taken(head: bytes, path: PurePosixPath) -> frozenset[str]:
    """The local names an importer binds to what it imports from `path` (matched by the file
    name the import ends with, `_module_word`)."""
    wanted = _module_word(path)
    names = set()
    for item in imports_of(head, "javascript"):  # the same statements in every ECMAScript dialect
        if _spec_word(item.spec) == wanted:
            names.update(local for _name, local in item.names if local and local != "*")
    return frozenset(names)


def _uses_of(root: ts.Node, names: frozenset[str], word: str) -> list[ts.Node]:
    """The identifiers named `names` outside import statements, and the `import(…)` calls that
    load the module `word` names."""
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.type in ("import_statement", "import_declaration"):
            continue
        if node.type in ("identifier", "jsx_identifier") and _text(node) in names:
            found.append(node)
        elif node.type == "call_expression" and _dynamic_import_word(node) == word:
            found.append(node)
        stack.extend(node.named_children)
    return found


def _dynamic_import_word(call: ts.Node) -> str | None:
    function = call.child_by_field_name("function")
    args = call.child_by_field_name("arguments")
    if function is None or function.type != "import" or args is None or not args.named_children:
        return None
    spec = args.named_children[0]
    return _spec_word(_text(spec)[1:-1]) if spec.type in ("string", "template_string") else None


# -- the adapter rules use -------------------------------------------------------------------


def placement(ctx) -> Placement:
    """The file's placement for a `ScanContext`, computed once per scan."""
    cached = ctx.__dict__.get("_placement")
    if cached is None:
        project = ctx.project
        rel = (project.rel_path if project is not None and project.rel_path else None) or _tail(ctx.path)
        manifests = project.manifests if project is not None else {}
        root = ctx.tree.root_node if ctx.tree is not None else None
        cached = classify_file(rel, ctx.language, root, ctx.source.data, manifests,
                               ctx.settings.client_globs, ctx.settings.server_globs,
                               project.importers if project is not None else None,
                               project.front_end_files if project is not None else None)
        ctx.__dict__["_placement"] = cached
    return cached


def placement_alone(ctx) -> Verdict:
    """Where the file runs by its own text, path and project, its importers not asked: whether it
    is an entry of the browser (a component, a page) or only placed there by what imports it."""
    cached = ctx.__dict__.get("_placement_alone")
    if cached is None:
        project = ctx.project
        rel = (project.rel_path if project is not None and project.rel_path else None) or _tail(ctx.path)
        root = ctx.tree.root_node if ctx.tree is not None else None
        cached = ctx.__dict__["_placement_alone"] = classify_file(
            rel, ctx.language, root, ctx.source.data, project.manifests if project is not None else {},
            ctx.settings.client_globs, ctx.settings.server_globs).verdict
    return cached


def importer_alone(rel: str, language: str, head: bytes, manifests: dict[str, str]) -> Verdict:
    """`placement_alone` of an importer, from its path and first bytes."""
    root = parser(language).parse(head).root_node if has_grammar(language) else None
    return classify_file(rel, language, root, head, manifests).verdict


def _tail(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).as_posix().lstrip("/")


def classify(ctx, node: ts.Node | None = None) -> Verdict:
    """Where the code at `node` (or the whole file) runs."""
    return placement(ctx).at(node)


def is_client(ctx, node: ts.Node | None = None) -> bool:
    return classify(ctx, node).is_client
