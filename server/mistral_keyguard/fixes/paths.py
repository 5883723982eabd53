"""Project paths fixes create or look for, in one place the workspace can import cheaply."""

from __future__ import annotations

# Mistral API paths and the same-origin proxy route each one maps to.
ENDPOINTS = {
    "/v1/chat/completions": "chat",
    "/v1/embeddings": "embeddings",
}
ROUTES = tuple(sorted(set(ENDPOINTS.values())))


def candidates(route: str) -> dict[str, tuple[str, ...]]:
    """Per framework, the paths a proxy for `route` may already exist at."""
    out = {}
    for ext in ("ts", "js"):
        out.setdefault("next-app", ())
        out["next-app"] += (f"app/api/mistral/{route}/route.{ext}", f"src/app/api/mistral/{route}/route.{ext}")
        out.setdefault("next-pages", ())
        out["next-pages"] += (f"pages/api/mistral/{route}.{ext}", f"src/pages/api/mistral/{route}.{ext}")
        out.setdefault("sveltekit", ())
        out["sveltekit"] += (f"src/routes/api/mistral/{route}/+server.{ext}",)
    out["express"] = ("server/mistral-proxy-router.mjs", "server/mistral-proxy-router.cjs")
    out["node"] = ("server/mistral-proxy.mjs",)
    return out


def _probe_paths() -> tuple[str, ...]:
    paths = [".env", ".gitignore", "app", "src/app", "pages", "src/pages", "src/routes", "tsconfig.json"]
    for route in ROUTES:
        for found in candidates(route).values():
            paths += [p for p in found if p not in paths]
    return tuple(paths)


# Where an Express app is usually created; the workspace hands their text to fixes.
ENTRY_CANDIDATES = ("server.js", "server.mjs", "server.cjs", "server.ts", "app.js", "app.mjs", "app.ts",
                    "index.js", "index.mjs", "index.ts", "src/server.js", "src/server.ts", "src/app.js",
                    "src/app.ts", "src/index.js", "src/index.ts", "server/index.js", "server/index.ts")

# Paths (relative to the project root) whose existence the workspace reports to fixes.
PROBE_PATHS = _probe_paths()
