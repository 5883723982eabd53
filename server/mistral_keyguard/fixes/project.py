"""Project files a fix may touch besides the document: `.env`, `.gitignore`, new proxy files.

Everything here reads `ProjectContext` (gathered by the caller), never the disk.
"""

from __future__ import annotations

import itertools
import json
import os
import re

from mistral_keyguard.finding import FileCreation, TextEdit
from mistral_keyguard.formats import dotenv
from mistral_keyguard.globs import gitignore_spec
from mistral_keyguard.project import PUBLIC_ENV_NAMES

# Paths (relative to the project root) whose existence the workspace reports to fixes.
from mistral_keyguard.fixes.paths import PROBE_PATHS  # noqa: F401  (the workspace reads it here)

_PUBLIC_PREFIXES = PUBLIC_ENV_NAMES
DEFAULT_ENV_NAME = "MISTRAL_API_KEY"


def is_public_env_name(name: str) -> bool:
    return name.upper().startswith(_PUBLIC_PREFIXES)


def server_only_name(name: str) -> str:
    """`VITE_MISTRAL_API_KEY` -> `MISTRAL_API_KEY`."""
    upper = name.upper()
    for prefix in sorted(_PUBLIC_PREFIXES, key=len, reverse=True):
        if upper.startswith(prefix):
            rest = name[len(prefix):]
            return rest if rest else DEFAULT_ENV_NAME
    return name


def project_path(ctx, rel: str) -> str:
    """Where `rel` lives: under the project root when known, else beside the document."""
    project = ctx.project
    base = project.root if project is not None and project.root else os.path.dirname(ctx.path)
    return os.path.join(base, *rel.split("/")) if base else rel


def exists(ctx, rel: str) -> bool:
    project = ctx.project
    return project is not None and rel in project.existing_files


def env_text(ctx, name: str = ".env") -> str | None:
    project = ctx.project
    return None if project is None else project.env_files.get(name)


def append_to(path: str, text: str | None, addition: str) -> TextEdit | FileCreation:
    if text is None:
        return FileCreation(path, addition)
    data = text.encode("utf-8")
    newline = "\r\n" if data.count(b"\r\n") * 2 > data.count(b"\n") else "\n"  # the file's own style
    prefix = "" if not data or data.endswith(b"\n") else newline
    return TextEdit(len(data), len(data), prefix + addition.replace("\n", newline), path)


def defines(env: str | None, name: str) -> bool:
    return env is not None and re.search(rf"(?m)^[^\S\n]*(?:export\s+)?{re.escape(name)}\s*=", env) is not None


def env_value(text: str | None, name: str) -> str | None:
    """The value `.env` text gives `name` (the last definition wins, as in dotenv loaders)."""
    if text is None:
        return None
    found = [v.text for v in dotenv.values(text.encode("utf-8", "surrogatepass")) if v.name == name]
    if found:
        return found[-1]
    return "" if defines(text, name) else None  # `NAME=` with no value still takes the name


def free_env_name(text: str | None, name: str, value: str) -> str:
    """`name` when `.env` lacks it or already holds `value` there; else the first `name_2`,
    `name_3` ... that is free: moving a key must never drop it for another key's name."""
    base = re.sub(r"_\d+$", "", name)  # a file already reading NAME_2 counts on from NAME
    for candidate in itertools.chain([name], (f"{base}_{n}" for n in itertools.count(2))):
        held = env_value(text, candidate)
        if held is None or held == value:
            return candidate
    raise AssertionError("unreachable")


def env_entry(ctx, name: str, value: str) -> TextEdit | FileCreation | None:
    """Append `NAME=value` to the root `.env` (create it); None when NAME is already there."""
    text = env_text(ctx)
    if defines(text, name):
        return None
    return append_to(project_path(ctx, ".env"), text, f"{name}={value}\n")


def gitignore_covers(text: str | None, rel: str) -> bool:
    if not text:
        return False
    return bool(gitignore_spec(text.splitlines())[0].match_file(rel))


def gitignore_entry(ctx, rel: str) -> TextEdit | FileCreation | None:
    """Append `/rel` to the root `.gitignore` (create it) unless it already ignores `rel`."""
    text = ctx.project.gitignore_text if ctx.project is not None else None
    if gitignore_covers(text, rel):
        return None
    line = rel if rel == ".env" else "/" + rel
    return append_to(project_path(ctx, ".gitignore"), text, line + "\n")


def package_json(ctx) -> dict:
    if ctx.project is None:
        return {}
    try:
        data = json.loads(ctx.project.manifests.get("package.json") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def js_dependencies(ctx) -> set[str]:
    data = package_json(ctx)
    deps: set[str] = set()
    for field in ("dependencies", "devDependencies", "peerDependencies"):
        if isinstance(data.get(field), dict):
            deps |= set(data[field])
    return deps


def python_uses_dotenv(ctx) -> bool:
    if b"dotenv" in ctx.source.data:
        return True
    if ctx.project is None:
        return False
    manifests = ctx.project.manifests
    return any("python-dotenv" in manifests.get(name, "").lower()
               for name in ("requirements.txt", "pyproject.toml"))


def rename_in_env_files(ctx, public: str, private: str) -> list[TextEdit]:
    """`public=` becomes `private=` in the project's `.env*` files (the document excepted when it
    is one); where `private` is set already, the public line goes."""
    if ctx.project is None:
        return []
    own = ctx.project.rel_path if ctx.language == "dotenv" else None
    out = []
    for name, text in sorted(ctx.project.env_files.items()):
        if name == own:
            continue
        body = text.encode("utf-8")
        pattern = re.compile(rb"^(\s*(?:export\s+)?)(" + re.escape(public.encode()) + rb")(\s*[=:])", re.M)
        path = project_path(ctx, name)
        if defines(text, private) and env_value(text, private) != env_value(text, public):
            continue  # both names hold different values there: renaming would drop one
        for match in pattern.finditer(body):
            if defines(text, private):  # the server-only name holds the same value there
                start = body.rfind(b"\n", 0, match.start(2)) + 1
                end = body.find(b"\n", match.start(2))
                end = len(body) if end == -1 else end + 1
                out.append(TextEdit(start, end, "", path))
            else:
                out.append(TextEdit(match.start(2), match.end(2), private, path))
    return out
