"""The server proxy a client is rerouted to: which framework's file, where, and its text.

The templates (in `templates/`, shipped in the wheel) share one core: a body rebuilt from
allowed fields, a model allowlist, a max_tokens cap, the key from the server's environment, SSE
passed through, errors logged server-side with a generic answer, and a base URL that
MISTRAL_API_BASE_URL overrides. Each framework file is self-contained: one file to review.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from mistral_keyguard.finding import FileCreation
from mistral_keyguard.fixes import project as proj
from mistral_keyguard.fixes.paths import candidates

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
    """Where the proxy for `route` lives in this project, and the file to create if it is missing."""

    framework: str
    rel_path: str
    creation: FileCreation | None


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
        module = proj.package_json(ctx).get("type") == "module"
        rel = "server/mistral-proxy-router." + ("mjs" if module else "cjs")
        name = "express-router." + ("mjs" if module else "cjs")
        typescript = False
    else:
        rel, name, typescript = "server/mistral-proxy.mjs", "node-server.mjs", False
    text = render(name, route=route, path=rel, typescript=typescript and kind != "express")
    return ProxyPlan(kind, rel, FileCreation(proj.project_path(ctx, rel), text))
