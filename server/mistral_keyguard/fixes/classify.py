"""Whether code runs on users' devices, asked of the shared classifier."""

from __future__ import annotations

from mistral_keyguard.classifier import classify, is_client
from mistral_keyguard.fixes.project import js_dependencies


def is_client_code(ctx, node=None) -> bool:
    """True for browser or mobile-app code at `node` (or the file); unknown counts as server code."""
    return bool(is_client(ctx, node))


def is_mobile_app(ctx, node=None) -> bool:
    """React Native / Expo code: it calls a backend by URL, there is no same origin."""
    if {"react-native", "expo"} & js_dependencies(ctx):
        return True
    if ctx.project is not None and '"expo"' in ctx.project.manifests.get("app.json", ""):
        return True
    return "users' devices" in classify(ctx, node).reason
