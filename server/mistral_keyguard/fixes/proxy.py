"""The server proxy a client is rerouted to: which framework's file, where, and its text.

The templates (in `templates/`, shipped in the wheel) share one core: a body rebuilt from
allowed fields, a model allowlist, a max_tokens cap, the key from the server's environment, SSE
passed through, errors logged server-side with a generic answer, and a base URL that
MISTRAL_API_BASE_URL overrides. Each framework file is self-contained: one file to review.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import tree_sitter as ts

from mistral_keyguard.finding import FileCreation, TextEdit
from mistral_keyguard.fixes import project as proj
from mistral_keyguard.fixes.paths import candidates
from mistral_keyguard.languages import parser

def proxy_path(route: str) -> str:
    return f"/api/mistral/{route}"


@lru_cache(maxsize=None)
def template(name: str) -> str:
    return resources.files("mistral_keyguard.fixes").joinpath("templates", name).read_text(encoding="utf-8")


def render(name: str, *, route: str = "chat", path: str = "", typescript: bool = False) -> str:
    core = template("core.ts" if typescript else "core.js")
    text = template(name)
    text = text.replace("{{HEADER}}", template("header.txt").rstrip("\n"))
    text = text.replace("{{CORE}}", core)
    text = text.replace("{{ROUTE}}", route).replace("{{PATH}}", path)
    return text.replace("{{NAME}}", path.rsplit("/", 1)[-1])


@dataclass(frozen=True)
class ProxyPlan:
    """Where the proxy for `route` lives in this project, the file to create if it is missing,
    and the edits that wire it into the app (an Express router is mounted in the app's entry)."""

    framework: str
    rel_path: str
    creation: FileCreation | None
    wiring: tuple[TextEdit, ...] = ()
    url_path: str = ""  # the route's URL; an existing server route keeps its own

    def url(self, route: str) -> str:
        return self.url_path or proxy_path(route)


def express_entry(ctx) -> tuple[str, ts.Node, bytes] | None:
    """The JavaScript file that creates the Express app: (path, `const app = express()`, bytes)."""
    project = ctx.project
    for rel, body in (project.entry_files.items() if project is not None else ()):
        if "express(" not in body or not rel.endswith((".js", ".mjs", ".cjs")):
            continue
        data = body.encode("utf-8")
        root = parser("javascript").parse(data).root_node
        stack = [root]
        while stack:
            node = stack.pop()
            if node.type == "variable_declarator":
                value = node.child_by_field_name("value")
                if value is not None and value.type == "call_expression" and \
                        (value.child_by_field_name("function").text or b"") == b"express":
                    return rel, node, data
            stack.extend(node.named_children)
    return None


def _mount(ctx, entry: tuple[str, ts.Node, bytes], router_rel: str) -> tuple[TextEdit, ...]:
    rel, declarator, data = entry
    if b"/api/mistral" in data:
        return ()
    app = declarator.child_by_field_name("name").text.decode()
    statement = declarator.parent
    while statement.parent is not None and statement.parent.type == "export_statement":
        statement = statement.parent
    root = statement
    while root.parent is not None:
        root = root.parent
    esm = router_rel.endswith(".mjs")
    spec = posixpath.relpath(router_rel, posixpath.dirname(rel) or ".")
    spec = spec if spec.startswith(".") else "./" + spec
    path = proj.project_path(ctx, rel)
    end = data.find(b"\n", statement.end_byte)
    end = len(data) if end == -1 else end + 1
    indent = data[data.rfind(b"\n", 0, statement.start_byte) + 1:statement.start_byte].decode()
    use = f'{indent}{app}.use("/api/mistral", mistralProxy); // Mistral proxy: add auth and rate limits\n'
    if esm:
        imports = [c for c in root.named_children if c.type == "import_statement"]
        at = data.find(b"\n", imports[-1].end_byte) + 1 if imports else 0
        return (TextEdit(at, at, f'import {{ mistralProxy }} from "{spec}";\n', path), TextEdit(end, end, use, path))
    require = f'{indent}const {{ mistralProxy }} = require("{spec}");\n'
    return (TextEdit(end, end, require + use, path),)


_CALLS_MISTRAL = (b"api.mistral.ai", b"Mistral(", b"mistral.chat.", b"client.chat.")
_FORWARDS_BODY = (b"req.body", b"request.body")


def _mistral_route(entry: tuple[str, ts.Node, bytes]) -> str | None:
    """`app.post("/api/chat", ...)` in the Express entry whose handler calls Mistral with the
    request's body: the route the client can call instead of a new proxy."""
    _, declarator, data = entry
    app = declarator.child_by_field_name("name").text
    root = declarator
    while root.parent is not None:
        root = root.parent
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        if node.type != "call_expression" or (node.child_by_field_name("function").text or b"") != app + b".post":
            continue
        args = [a for a in node.child_by_field_name("arguments").named_children if a.type != "comment"]
        body = data[node.start_byte:node.end_byte]
        if len(args) >= 2 and args[0].type == "string" and any(m in body for m in _CALLS_MISTRAL) \
                and any(m in body for m in _FORWARDS_BODY):
            path = args[0].text.decode("utf-8", "replace")[1:-1]
            if path.startswith("/") and ":" not in path and "*" not in path:
                return path
    return None


def framework(ctx) -> str:
    deps = proj.js_dependencies(ctx)
    if "next" in deps:
        has_app = proj.exists(ctx, "app") or proj.exists(ctx, "src/app")
        has_pages = proj.exists(ctx, "pages") or proj.exists(ctx, "src/pages")
        return "next-pages" if has_pages and not has_app else "next-app"
    if "@sveltejs/kit" in deps:
        return "sveltekit"
    if "express" in deps:
        return "express"
    return "node"


def plan(ctx, route: str) -> ProxyPlan:
    kind = framework(ctx)
    for rel in candidates(route)[kind]:
        if proj.exists(ctx, rel):
            return ProxyPlan(kind, rel, None)
    typescript = proj.exists(ctx, "tsconfig.json")
    ext = "ts" if typescript else "js"
    if kind == "next-app":
        base = "src/app" if proj.exists(ctx, "src/app") and not proj.exists(ctx, "app") else "app"
        rel, name = f"{base}/api/mistral/{route}/route.{ext}", f"next-app-route.{ext}"
    elif kind == "next-pages":
        base = "src/pages" if proj.exists(ctx, "src/pages") and not proj.exists(ctx, "pages") else "pages"
        rel, name = f"{base}/api/mistral/{route}.{ext}", f"next-pages-route.{ext}"
    elif kind == "sveltekit":
        rel, name = f"src/routes/api/mistral/{route}/+server.{ext}", f"sveltekit-server.{ext}"
    elif kind == "express":
        entry = express_entry(ctx)
        existing = _mistral_route(entry) if entry is not None else None
        if existing is not None:  # the app already calls Mistral for its clients: no second route
            return ProxyPlan(kind, entry[0], None, url_path=existing)
        module = (b"import " in entry[2] and entry[0].endswith((".js", ".mjs")) and not entry[0].endswith(".cjs")) \
            if entry is not None else proj.package_json(ctx).get("type") == "module"
        rel = "server/mistral-proxy-router." + ("mjs" if module else "cjs")
        name = "express-router." + ("mjs" if module else "cjs")
        typescript = False
        text = render(name, route=route, path=rel)
        wiring = _mount(ctx, entry, rel) if entry is not None else ()
        return ProxyPlan(kind, rel, FileCreation(proj.project_path(ctx, rel), text), wiring)
    else:
        rel, name, typescript = "server/mistral-proxy.mjs", "node-server.mjs", False
    text = render(name, route=route, path=rel, typescript=typescript and kind != "express")
    return ProxyPlan(kind, rel, FileCreation(proj.project_path(ctx, rel), text))
