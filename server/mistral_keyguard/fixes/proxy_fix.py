"""MK002/MK003 "Route through a server proxy": the client calls its own server, which holds the key.

Client side: the request's URL `https://api.mistral.ai/v1/chat/completions` becomes the
same-origin `/api/mistral/chat` (in a mobile app, the same path under one clearly named backend
constant), the Authorization header goes, and so does a key variable nothing else uses. Server
side: the proxy for the project's framework is created when it does not exist (see `proxy.py`).
Only calls whose URL and options can be read in the file are rewritten; an SDK client in the
browser (`new Mistral(...)`) is left to the person, because its method calls would need
rewriting too.
"""

from __future__ import annotations

import re
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.dataflow import name_of
from mistral_keyguard.finding import TextEdit
from mistral_keyguard.fixes import project as proj
from mistral_keyguard.fixes.classify import is_mobile_app
from mistral_keyguard.fixes.draft import Draft
from mistral_keyguard.fixes.headers import EcmaHeader
from mistral_keyguard.fixes.paths import ENDPOINTS
from mistral_keyguard.fixes.proxy import plan
from mistral_keyguard.fixes.source import (
    identifiers,
    alone_on_lines, indent_of, is_embedded, line_bounds, remove_statement_edit, text,
)
from mistral_keyguard.languages import parser

ECMA = ("javascript", "typescript", "tsx")
_URL = re.compile(r"^https?://api\.mistral\.ai(/v1/[a-z/]+?)/?$")
_FETCHERS = {"fetch", "window.fetch", "globalThis.fetch", "self.fetch", "ky", "ky.post", "ofetch", "$fetch"}
_AXIOS = re.compile(r"^axios(\.(post|put|patch|get|request))?$")
_CREDENTIAL_HEADER = re.compile(r"(?i)^(authorization|x-api-key|api-key)$")
BACKEND_CONSTANT = "MISTRAL_PROXY_BASE_URL"
_SDK_CLIENTS = frozenset({"Mistral"})
# `import.meta.env.VITE_X`, `process.env.NEXT_PUBLIC_X`, or a bare `PUBLIC_X` imported from `$env/static/public`.
_PUBLIC_READ = re.compile(r"(?:\bimport\.meta\.env\.|\bprocess\.env\.|\b)([A-Z][A-Z0-9_]*)")


class Rewrite:
    """The client-side edits for one document."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.data = ctx.source.data
        self.edits: list[TextEdit] = []
        self.routes: set[str] = set()
        self.removed: list[ts.Node] = []
        self.dropped: list[ts.Node] = []  # declarations and imports of the key that go too
        self.mobile = is_mobile_app(ctx)

    # -- one call ------------------------------------------------------------------------------

    def call(self, call: ts.Node) -> bool:
        if call.type == "new_expression":
            return self.sdk_client(call)
        fn = text(call.child_by_field_name("function"))
        args = call.child_by_field_name("arguments")
        if fn.endswith(".open") and args is not None:
            return self.xhr(call, fn.rsplit(".", 1)[0], [a for a in args.named_children if a.type != "comment"])
        if args is None:
            return False
        items = [a for a in args.named_children if a.type != "comment"]
        if fn in _FETCHERS and items:
            url, options = items[0], items[1] if len(items) > 1 else None
        elif _AXIOS.match(fn) and items:
            method = fn.rsplit(".", 1)[-1]
            if fn in ("axios", "axios.request") and self.ctx.flow.containers(items[0]):
                config = self.ctx.flow.containers(items[0])[0]
                url, options = self.ctx.flow.member_value(config, "url"), items[0]
            else:
                url = items[0]
                index = 1 if method in ("get", "request", "axios") else 2
                options = items[index] if len(items) > index else None
        else:
            return False
        return url is not None and self._url(url) and self._headers(options)

    def _url(self, node: ts.Node) -> bool:
        for literal in self.ctx.flow.resolve(node):
            value = self.ctx.flow.static_string(literal)
            if value is None and literal.type == "template_string":
                value = template_value(self.ctx.flow, literal)
            match = _URL.match(value or "")
            if match is None:
                continue
            route = ENDPOINTS.get(match.group(1))
            if route is None:
                return False
            self.routes.add(route)
            if self.mobile:
                new = "`${" + BACKEND_CONSTANT + "}" + plan(self.ctx, route).url(route) + "`"
            else:
                quote = text(literal)[0] if text(literal)[:1] in ("'", '"') else '"'
                new = quote + plan(self.ctx, route).url(route) + quote
            self.edits.append(TextEdit(literal.start_byte, literal.end_byte, new))
            return True
        return False

    def _headers(self, options: ts.Node | None) -> bool:
        if options is None:
            return True
        for container in self.ctx.flow.containers(options):
            headers = self.ctx.flow.member_value(container, "headers")
            if headers is None:
                continue
            for header_obj in self.ctx.flow.containers(headers):
                for pair in header_obj.named_children:
                    key = pair.child_by_field_name("key") if pair.type == "pair" else None
                    if key is not None and _CREDENTIAL_HEADER.match(name_of(key)):
                        self.edits.append(remove_item(self.data, pair))
                        self.removed.append(pair)
        return True

    def xhr(self, call: ts.Node, owner: str, args: list[ts.Node]) -> bool:
        """`xhr.open("POST", url)`: the URL, and every `xhr.setRequestHeader("Authorization", ...)`."""
        if len(args) < 2 or not self._url(args[1]):
            return False
        for node in _descendants(self.ctx.root, "call_expression"):
            if text(node.child_by_field_name("function")) != owner + ".setRequestHeader":
                continue
            header_args = [a for a in node.child_by_field_name("arguments").named_children if a.type != "comment"]
            name = self.ctx.flow.static_string(header_args[0]) if header_args else None
            if name is not None and _CREDENTIAL_HEADER.match(name):
                self.edits.append(remove_statement_edit(self.data, node, python=False,
                                                         whole_lines=not is_embedded(self.ctx)))
                self.removed.append(node)
        return True

    def sdk_client(self, new: ts.Node) -> bool:
        """`const client = new Mistral({ apiKey })` used only as `client.chat.complete(...)`: the
        client becomes a small object with that method, calling the proxy."""
        declarator = new.parent
        if declarator is None or declarator.type != "variable_declarator":
            return False
        name = text(declarator.child_by_field_name("name"))
        for use in identifiers(self.ctx.root):
            if text(use) != name or use.id == declarator.child_by_field_name("name").id:
                continue
            chat = use.parent
            method = chat.parent if chat is not None else None
            if not (chat.type == "member_expression" and text(chat.child_by_field_name("property")) == "chat"
                    and method is not None and method.type == "member_expression"
                    and text(method.child_by_field_name("property")) == "complete"
                    and method.parent is not None and method.parent.type == "call_expression"):
                return False
        self.routes.add("chat")
        self.edits.append(TextEdit(new.start_byte, new.end_byte, self._shim(new)))
        self.removed.append(new)
        return True

    def _shim(self, new: ts.Node) -> str:
        indent = indent_of(self.data, new.start_byte)
        path = plan(self.ctx, "chat").url("chat")
        url = ("`${" + BACKEND_CONSTANT + "}" + path + "`") if self.mobile else f'"{path}"'
        param = "request: unknown" if self.ctx.language in ("typescript", "tsx") else "request"
        lines = [
            "{",
            "  // Calls our server's proxy, which adds the key; same call shape as the SDK's chat.complete.",
            "  chat: {",
            f"    async complete({param}) {{",
            f"      const res = await fetch({url}, {{",
            '        method: "POST",',
            '        headers: { "Content-Type": "application/json" },',
            "        body: JSON.stringify(request),",
            "      });",
            '      if (!res.ok) throw new Error(`Mistral proxy answered ${res.status}`);',
            "      return res.json();",
            "    },",
            "  },",
            "}",
        ]
        return ("\n" + indent).join(lines)

    # -- the key variable ----------------------------------------------------------------------

    def drop_unused_bindings(self) -> None:
        """Declarations of names that only the removed headers used: `const key = import.meta.env...`."""
        names = {text(n) for node in self.removed
                 for n in identifiers(node.child_by_field_name("value") if node.type == "pair" else node)}
        for name in sorted(names):
            if self._drop_unused_import(name):
                continue
            bindings = self.ctx.flow.by_name.get(name, [])
            if len(bindings) != 1:
                continue
            declarator = bindings[0].name_node.parent
            if declarator is None or declarator.type != "variable_declarator":
                continue
            statement = declarator.parent
            if statement is None or statement.type not in ("lexical_declaration", "variable_declaration") \
                    or len([c for c in statement.named_children if c.type == "variable_declarator"]) != 1:
                continue
            uses = [n for n in identifiers(self.ctx.root) if text(n) == name
                    and n.id != bindings[0].name_node.id and not self._in_removed(n)]
            if uses:
                continue
            self.edits.append(self._remove_lines(statement))
            self.dropped.append(statement)

    def _remove_lines(self, statement: ts.Node) -> TextEdit:
        """Remove a statement; whole lines when it has them, with a blank line it leaves on top."""
        start, end = statement.start_byte, statement.end_byte
        if is_embedded(self.ctx) or not alone_on_lines(self.data, statement):
            return TextEdit(start, end, "")
        start, end = line_bounds(self.data, start, end)
        before = self.data[:start].rstrip(b" \t")
        after_line_end = self.data.find(b"\n", end)
        if (not before or before.endswith(b"\n\n") or before.endswith(b"{\n")) and after_line_end != -1 \
                and not self.data[end:after_line_end].strip():
            end = after_line_end + 1
        return TextEdit(start, end, "")

    def _drop_unused_import(self, name: str) -> bool:
        """`import { PUBLIC_MISTRAL_API_KEY } from "$env/static/public"` once nothing reads it."""
        for statement in self.ctx.root.named_children:
            if statement.type != "import_statement":
                continue
            specifiers = [n for n in _descendants(statement, "import_specifier")]
            local = next((s for s in specifiers if text(s.child_by_field_name("alias")
                                                        or s.child_by_field_name("name")) == name), None)
            if local is None:
                continue
            uses = [n for n in identifiers(self.ctx.root) if text(n) == name
                    and not (statement.start_byte <= n.start_byte < statement.end_byte) and not self._in_removed(n)]
            if uses:
                return True
            if len(specifiers) == 1 and not _descendants_any(statement, ("namespace_import",)) and \
                    statement.child_by_field_name("source") is not None and not _default_import(statement):
                self.edits.append(self._remove_lines(statement))
            else:
                self.edits.append(remove_item(self.data, local))
            self.dropped.append(local)
            return True
        return False

    def _in_removed(self, node: ts.Node) -> bool:
        return any(pair.start_byte <= node.start_byte and node.end_byte <= pair.end_byte for pair in self.removed)

    def env_renames(self) -> list[TextEdit]:
        """The public variable the client read the key from becomes the server-only name the
        proxy reads, in the project's `.env*` files: otherwise the new route has no key."""
        edits: list[TextEdit] = []
        gone = self.removed + self.dropped
        for name in sorted({m.group(1) for node in gone for m in _PUBLIC_READ.finditer(text(node))}):
            if not proj.is_public_env_name(name):
                continue
            inside = sum(text(node).count(name) for node in gone)
            if self.data.count(name.encode()) > inside:
                continue  # the file still reads it elsewhere: renaming would break that read
            edits += proj.rename_in_env_files(self.ctx, name, proj.DEFAULT_ENV_NAME)
        return edits

    def backend_constant(self) -> None:
        if self.mobile and BACKEND_CONSTANT.encode() not in self.data:
            line = (f"// The backend that holds the Mistral key (see the generated proxy); never the key itself.\n"
                    f'const {BACKEND_CONSTANT} = "https://your-backend.example.com";')
            self.edits.append(EcmaHeader(self.ctx.root, self.data).top_edit(line))


def _descendants(node: ts.Node, kind: str) -> list[ts.Node]:
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        if current.type == kind:
            out.append(current)
        stack.extend(current.named_children)
    return out


def _descendants_any(node: ts.Node, kinds) -> bool:
    return any(_descendants(node, kind) for kind in kinds)


def _default_import(statement: ts.Node) -> bool:
    clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
    return clause is not None and any(c.type == "identifier" for c in clause.named_children)


def remove_item(data: bytes, node: ts.Node) -> TextEdit:
    """Remove an element of an object/array/argument list with its comma."""
    line_start, line_end = line_bounds(data, node.start_byte, node.end_byte)
    before = data[line_start:node.start_byte]
    after = data[node.end_byte:line_end].strip()
    after = after[1:].strip() if after.startswith(b",") else after
    if not before.strip() and (not after or after.startswith((b"//", b"/*", b"#"))):
        return TextEdit(line_start, line_end, "")  # the item's own line, trailing comment included
    comma = 1 if data[node.end_byte:node.end_byte + 1] == b"," else 0
    nxt = node.next_named_sibling
    while nxt is not None and nxt.type == "comment":
        nxt = nxt.next_named_sibling
    if nxt is not None:
        return TextEdit(node.start_byte, nxt.start_byte, "")
    prev = node.prev_named_sibling
    while prev is not None and prev.type == "comment":
        prev = prev.prev_named_sibling
    if prev is not None:
        return TextEdit(prev.end_byte, node.end_byte + comma, "")
    parent = node.parent
    if parent is not None and parent.type == "object" and b"\n" not in data[parent.start_byte:parent.end_byte]:
        return TextEdit(parent.start_byte + 1, parent.end_byte - 1, "")  # `{ a: 1 }` -> `{}`
    return TextEdit(node.start_byte, node.end_byte + comma, "")


def template_value(flow, template: ts.Node) -> str | None:
    """`${BASE}/chat/completions` with BASE a single known string: the whole URL."""
    parts = []
    for child in template.named_children:
        if child.type == "string_fragment":
            parts.append(text(child))
        elif child.type == "template_substitution" and child.named_children:
            values = {flow.static_string(leaf) for leaf in flow.resolve(child.named_children[0])}
            values.discard(None)
            if len(values) != 1:
                return None
            parts.append(values.pop())
        else:
            return None
    return "".join(parts)


def _names_mistral(ctx, url: ts.Node) -> bool:
    for leaf in ctx.flow.resolve(url):
        value = ctx.flow.static_string(leaf)
        if value is None and leaf.type == "template_string":
            value = template_value(ctx.flow, leaf)
        if value and "api.mistral.ai" in value:
            return True
    return False


def _mistral_calls(ctx) -> list[ts.Node]:
    """Calls in the file whose URL resolves to api.mistral.ai."""
    out = []
    stack = [ctx.root]
    while stack:
        node = stack.pop()
        if node.type == "call_expression":
            fn = text(node.child_by_field_name("function"))
            args = node.child_by_field_name("arguments")
            items = [a for a in args.named_children if a.type != "comment"] if args is not None else []
            url = items[0] if (fn in _FETCHERS or _AXIOS.match(fn)) and items else \
                items[1] if fn.endswith(".open") and len(items) > 1 else None
            if url is not None and _names_mistral(ctx, url):
                out.append(node)
        elif node.type == "new_expression" and text(node.child_by_field_name("constructor")) in _SDK_CLIENTS:
            out.append(node)
        stack.extend(node.named_children)
    return sorted(out, key=lambda n: n.start_byte)


def _call_at(ctx, finding) -> ts.Node | None:
    node = ctx.root.named_descendant_for_byte_range(finding.span.start.byte, finding.span.end.byte)
    while node is not None and node.type not in ("call_expression", "new_expression"):
        node = node.parent
    if node is not None and node.type == "new_expression" and \
            text(node.child_by_field_name("constructor")) not in _SDK_CLIENTS:
        return None
    return node


_VITE_CONFIGS = ("vite.config.ts", "vite.config.mts", "vite.config.js", "vite.config.mjs")
DEV_PROXY_TARGET = "http://127.0.0.1:8787"  # where the generated Node proxy listens by default


def vite_dev_proxy(ctx) -> TextEdit | None:
    """In a Vite app served by the generated Node proxy, `vite dev` forwards /api/mistral to it."""
    if ctx.project is None:
        return None
    name = next((n for n in _VITE_CONFIGS if n in ctx.project.manifests), None)
    if name is None or "/api/mistral" in ctx.project.manifests[name]:
        return None
    data = ctx.project.manifests[name].encode("utf-8")
    root = parser("typescript" if ".ts" in name or ".mts" in name else "javascript").parse(data).root_node
    config = _vite_config_object(root)
    if config is None:
        return None
    entry = f'"/api/mistral": "{DEV_PROXY_TARGET}"'
    server = _object_value(config, "server")
    proxy = _object_value(server, "proxy") if server is not None else None
    target, insert = (proxy, entry) if proxy is not None else \
        (server, f"proxy: {{ {entry} }}") if server is not None else (config, f"server: {{ proxy: {{ {entry} }} }}")
    first = next((c for c in target.named_children if c.type != "comment"), None)
    if first is not None and first.start_point.row != target.start_point.row:
        indent = indent_of(data, first.start_byte)
        return TextEdit(target.start_byte + 1, target.start_byte + 1, f"\n{indent}{insert},",
                        proj.project_path(ctx, name))
    return TextEdit(target.start_byte + 1, target.start_byte + 1, f" {insert}," if first else f" {insert} ",
                    proj.project_path(ctx, name))


def _vite_config_object(root: ts.Node) -> ts.Node | None:
    for call in _descendants(root, "call_expression"):
        if text(call.child_by_field_name("function")) == "defineConfig":
            args = [a for a in call.child_by_field_name("arguments").named_children if a.type != "comment"]
            if args and args[0].type == "object":
                return args[0]
    for statement in _descendants(root, "export_statement"):
        value = statement.child_by_field_name("value")
        if value is not None and value.type == "object":
            return value
    return None


def _object_value(obj: ts.Node, key: str) -> ts.Node | None:
    for pair in obj.named_children:
        if pair.type == "pair" and name_of(pair.child_by_field_name("key")) == key:
            value = pair.child_by_field_name("value")
            return value if value is not None and value.type == "object" else None
    return None


def route_through_proxy(ctx, finding) -> Iterator[Draft]:
    if ctx.tree is None or ctx.language not in ECMA:
        return
    if finding.code == "MK002":
        call = _call_at(ctx, finding)
        calls = [call] if call is not None else []
    else:
        calls = _mistral_calls(ctx)
    if not calls:
        return
    rewrite = Rewrite(ctx)
    for call in calls:
        if not rewrite.call(call):
            return
    rewrite.drop_unused_bindings()
    rewrite.backend_constant()
    rewrite.edits += rewrite.env_renames()
    creations = []
    for route in sorted(rewrite.routes):
        target = plan(ctx, route)
        if target.creation is not None and all(c.path != target.creation.path for c in creations):
            creations.append(target.creation)
            rewrite.edits.extend(target.wiring)
    if not rewrite.mobile and any(plan(ctx, route).framework == "node" for route in rewrite.routes):
        dev_proxy = vite_dev_proxy(ctx)
        if dev_proxy is not None:
            rewrite.edits.append(dev_proxy)
    edits = tuple(sorted(dict.fromkeys(rewrite.edits), key=lambda e: (e.path or "", e.start, e.end)))
    yield Draft("proxy", edits, tuple(creations))
