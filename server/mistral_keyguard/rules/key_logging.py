"""MK005 key-logging: the Mistral key itself written to a log or to stdout.

Log calls come from `queries/<language>/key-logging.scm`; `sinks.written_parts` splits each
argument into what actually reaches the output, and `holdings.Holdings.key_reason` says whether a
part shows the key: an env read of a key-named variable, a variable or field holding it, a key
literal, the whole environment, or an object that carries it. Slices of at most 8 characters,
`len(...)` and presence checks are calls or comparisons that show nothing and stay clean.
"""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard import keyshape
from mistral_keyguard.dataflow import last_segment, node_text
from mistral_keyguard.finding import Finding
from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.prefilter import Anchored, contains
from mistral_keyguard.rules.checker import Checker
from mistral_keyguard.rules.hardcoded_key import names_other_host
from mistral_keyguard.holdings import Holdings
from mistral_keyguard.holdings.base import is_key_name
from mistral_keyguard.project import CATCHES_MISTRAL, MISTRAL_ENDPOINT, REACHES_MISTRAL
from mistral_keyguard.sinks import CODE_LANGUAGES, FUNCTION_TYPES, call_args, log_calls, unwrap, written_parts

CODE = "MK005"
# Mistral in the file (key names, clients), or the whole environment closing a call's arguments.
# Plain literal alternatives: Python's re scans them much faster than (?i) or lookarounds.
# Or Streamlit's whole secrets mapping written out (`st.write(st.secrets)`), or Flask's whole app
# config (`dict(current_app.config)`), which holds the key where the project puts it there.
# Or Nuxt's runtime config (`useRuntimeConfig()`), which holds the key where nuxt.config puts it.
PREFILTER = Anchored(re.compile(rb"istral|ISTRAL|environ\s*[),]|\.env\s*[),]|\.secrets\s*[),]|"
                                rb"current_app\.config\s*[),]|useRuntimeConfig\("),
                     (b"istral", b"ISTRAL", b"environ", b".env", b".secrets", b"current_app.config",
                      b"useRuntimeConfig("),
                     source_only=True)
_CURRENT_APP_CONFIG = frozenset({"current_app.config", "flask.current_app.config"})


def shared_holdings(ctx) -> Holdings:
    """One `Holdings` per scanned file: MK004 and MK005 ask it the same questions, and its first
    answers walk the whole file. It knows what the project view says of the file's imports."""
    holdings = ctx.__dict__.get("_holdings")
    if holdings is None:
        imported = ctx.project.imported if ctx.project is not None else {}
        configs = ctx.project.config_files if ctx.project is not None else {}
        mistral_file = ctx.mentions_mistral or imports_endpoint(imported) or hands_key_to_helper(ctx.root, imported)
        holdings = ctx.__dict__["_holdings"] = Holdings(ctx.language, ctx.root, ctx.flow, mistral_file,
                                                        imported, configs)
    return holdings


_HELPER_KINDS = frozenset({REACHES_MISTRAL, CATCHES_MISTRAL})


def imports_endpoint(imported) -> bool:
    """The file imports a Mistral API URL constant (`from common import API_URL`): its requests
    may go to Mistral with the key, as in a file that names the host itself."""
    return any(fact.kind == MISTRAL_ENDPOINT for fact in imported.values())
_CALL_TYPES = frozenset({"call", "call_expression"})


def hands_key_to_helper(root, imported) -> bool:
    """The file passes a key-named value to a project helper that calls Mistral (an Obsidian
    plugin's `ask(this.settings.apiKey, …)`): it holds the Mistral key under generic names too."""
    helpers = {name for name, fact in imported.items() if fact.kind in _HELPER_KINDS}
    if not helpers:
        return False
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        callee = node.child_by_field_name("function") if node.type in _CALL_TYPES else None
        args = node.child_by_field_name("arguments") if callee is not None else None
        if args is not None and node_text(callee) in helpers and any(
                a.type in ("identifier", "member_expression", "attribute")
                and is_key_name(last_segment(node_text(a)), True) for a in args.named_children):
            return True
    return False


def check(ctx) -> Iterator[Finding]:
    holdings = shared_holdings(ctx)
    for call in log_calls(ctx.language, ctx.root, "key-logging"):
        reason = first_key_part(holdings, call) or _app_config_part(ctx, call) or _runtime_config_part(ctx, call) \
            or _worker_env_part(ctx, call)
        if reason and "whole environment" in reason and not _project_uses_mistral(ctx):
            continue  # other vendors' secrets in the environment are another tool's business
        if reason:
            yield ctx.finding(CODE, call.start_byte, call.end_byte, where=f" — it writes {reason}")


def _app_config_part(ctx, call) -> str | None:
    """Flask's `current_app.config` written whole, in a project whose app config holds the key
    (loaded elsewhere: `app.config.from_object(Config)` in the app factory)."""
    # Asked for each log call: the substring test is answered once per file (`contains`).
    if ctx.language != "python" or not contains(ctx.source.data, b"current_app.config"):
        return None
    for arg in call_args(call):
        for part in written_parts(arg):
            if node_text(part) in _CURRENT_APP_CONFIG and ctx.project is not None \
                    and ctx.project.flask_config_holds_key():
                return f"{node_text(part)}, the Flask app config (the project puts the key in it)"
    return None


_NUXT_CONFIGS = ("nuxt.config.ts", "nuxt.config.js")
_CONFIG_FIELD = re.compile(r"(\w+)\s*:")


def _runtime_config_part(ctx, call) -> str | None:
    """Nuxt's whole runtime config written (`useRuntimeConfig()`, or a name bound to it), in a
    project whose nuxt.config gives its `runtimeConfig` a Mistral key field."""
    # Asked for each log call: the substring test is answered once per file (`contains`).
    if ctx.language not in ECMA_LANGUAGES or \
            not contains(ctx.source.data, b"useRuntimeConfig(") or not _nuxt_config_holds_key(ctx):
        return None
    for arg in call_args(call):
        for part in written_parts(arg):
            if _is_runtime_config(ctx, part):
                return f"{node_text(part)}, the Nuxt runtime config (nuxt.config puts the key in it)"
    return None


def _nuxt_config_holds_key(ctx) -> bool:
    manifests = ctx.project.manifests if ctx.project is not None else {}
    config = next((manifests[name] for name in _NUXT_CONFIGS if name in manifests), "")
    start = config.find("runtimeConfig")
    mistral = "istral" in config or "ISTRAL" in config
    return start >= 0 and any(is_key_name(name, mistral) for name in _CONFIG_FIELD.findall(config, start)[:64])


def _is_runtime_config(ctx, part) -> bool:
    """`useRuntimeConfig()` / `useRuntimeConfig(event)`, or a name this file binds to it only."""
    if part.type == "identifier":
        bindings = ctx.flow.by_name.get(node_text(part), ())
        return bool(bindings) and all(_is_runtime_config(ctx, unwrap(b.value)) for b in bindings[:8])
    callee = part.child_by_field_name("function") if part.type == "call_expression" else None
    return callee is not None and node_text(callee) == "useRuntimeConfig"


_WRANGLER_CONFIGS = ("wrangler.toml", "wrangler.jsonc", "wrangler.json")
_WRANGLER_KEY = re.compile(r"MISTRAL\w*KEY")
_WORKER_HANDLERS = frozenset({"fetch", "scheduled", "queue", "email", "tail"})


def _worker_env_part(ctx, call) -> str | None:
    """A Cloudflare Worker's `env` bindings written whole (`JSON.stringify(env)`), in a project whose
    wrangler config binds the Mistral key (`[vars] MISTRAL_API_KEY`)."""
    if ctx.language not in ECMA_LANGUAGES or not contains(ctx.source.data, b"env") or not _wrangler_binds_key(ctx):
        return None
    for arg in call_args(call):
        for part in written_parts(arg):
            if part.type == "identifier" and _is_handler_env(part):
                return f"{node_text(part)}, the Worker's env bindings (wrangler config binds the key)"
    return None


def _wrangler_binds_key(ctx) -> bool:
    manifests = ctx.project.manifests if ctx.project is not None else {}
    return any(_WRANGLER_KEY.search(manifests.get(name, "")) for name in _WRANGLER_CONFIGS)


def _is_handler_env(part) -> bool:
    """`env`, the second parameter of the Worker handler (`fetch(request, env, ctx)`) around it."""
    node = part.parent
    while node is not None and node.type not in ("method_definition", "function_declaration"):
        node = node.parent
    name = node.child_by_field_name("name") if node is not None else None
    params = node.child_by_field_name("parameters") if node is not None else None
    if name is None or params is None or node_text(name) not in _WORKER_HANDLERS or len(params.named_children) < 2:
        return False
    second = params.named_children[1]
    pattern = second.child_by_field_name("pattern") or second
    return node_text(pattern) == node_text(part)


def _project_uses_mistral(ctx) -> bool:
    return ctx.mentions_mistral or bool(ctx.project is not None and ctx.project.talks_to_mistral())


def first_key_part(holdings: Holdings, call) -> str | None:
    for arg in call_args(call):
        for part in written_parts(arg):
            reason = holdings.key_reason(part)
            if reason:
                return reason
        if holdings.mistral_file and _holds_key_literal(arg):
            return "a Mistral API key literal"  # `print("curl … Bearer <key>")`; MK001 reports it too
    return None


def _holds_key_literal(arg) -> bool:
    """A key literal written as part of the text: a string, a constant part of an f-string or
    template, an operand of a concatenation."""
    stack = [arg]
    while stack:
        node = stack.pop()
        if node.type in ("string_content", "string_fragment") and keyshape.find_keys(node_text(node)):
            return True
        if names_other_host(node):
            continue  # `curl https://api.example.com … Bearer <key>`: another service's key
        if node.type not in FUNCTION_TYPES:
            stack.extend(node.named_children)
    return False


CHECKERS = (Checker(CODE, CODE_LANGUAGES, PREFILTER, check),)
