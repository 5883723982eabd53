"""How a project comes to read the `.env` that "move the key to .env" writes.

Frameworks that load `.env` themselves (Next.js, Nuxt, Astro, Remix) need nothing. Otherwise the
module that reads the key loads it (`load_dotenv()`, `import "dotenv/config"`) and the loader
joins the project's dependencies (`requirements.txt`, `pyproject.toml`, `package.json`). What
cannot be done is said in the fix's title, so nobody is told the key is loaded when it is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mistral_keyguard.finding import TextEdit
from mistral_keyguard.fixes import project as proj
from mistral_keyguard.fixes.headers import EcmaHeader, PythonHeader

DOTENV_VERSION = "^16.4.5"
# JavaScript frameworks whose dev server and build read `.env` into process.env.
_SELF_LOADING = {"next": "Next.js", "nuxt": "Nuxt", "astro": "Astro", "@remix-run/dev": "Remix"}


@dataclass
class Loading:
    """The edits that load `.env`, and what the title adds about them."""

    edits: list[TextEdit] = field(default_factory=list)
    note: str = ""
    loaded: bool = True  # False: the title must not say the key is loaded

    @property
    def title(self) -> str:
        return ("Move the key to .env and load it" if self.loaded else "Move the key to .env") + self.note


def python_loading(ctx, header: PythonHeader) -> Loading:
    data = ctx.source.data
    if b"load_dotenv(" in data:
        return Loading()
    block = "" if header.imports_from("dotenv", "load_dotenv") else "from dotenv import load_dotenv\n"
    out = Loading([header.after_imports_edit(block + "\nload_dotenv()\n")])
    if proj.python_uses_dotenv(ctx):
        return out
    manifests = ctx.project.manifests if ctx.project is not None else {}
    if "requirements.txt" in manifests:
        out.edits.append(_append_line(ctx, "requirements.txt", manifests["requirements.txt"], "python-dotenv"))
        out.note = " (python-dotenv added to requirements.txt)"
        return out
    edit = _pyproject_dependency(ctx, manifests.get("pyproject.toml"))
    if edit is not None:
        out.edits.append(edit)
        out.note = " (python-dotenv added to pyproject.toml)"
    else:
        out.note = " (install python-dotenv: no requirements file lists it)"
    return out


def ecma_loading(ctx) -> Loading:
    deps = proj.js_dependencies(ctx)
    framework = next((name for dep, name in _SELF_LOADING.items() if dep in deps), None)
    if framework is not None:
        return Loading(note=f" ({framework} loads .env itself)")
    data = ctx.source.data
    if b"dotenv" in data:
        return Loading()
    package = ctx.project.manifests.get("package.json") if ctx.project is not None else None
    if package is None:
        return Loading(note=" (not loaded yet: run node with --env-file=.env, or add dotenv)", loaded=False)
    header = EcmaHeader(ctx.root, data)
    line = 'import "dotenv/config";' if header.is_module else 'require("dotenv").config();'
    out = Loading([header.top_edit(line)])
    if "dotenv" not in deps:
        edit = _package_dependency(ctx, package)
        if edit is None:
            return Loading(note=" (not loaded yet: add dotenv to package.json)", loaded=False)
        out.edits.append(edit)
        out.note = " (dotenv added to package.json: run npm install)"
    return out


def _append_line(ctx, rel: str, text: str, line: str) -> TextEdit:
    return proj.append_to(proj.project_path(ctx, rel), text, line + "\n")  # text is not None: an edit


_PROJECT_TABLE = re.compile(r"(?m)^\[project\]\s*$")
_NEXT_TABLE = re.compile(r"(?m)^\[")
_DEPENDENCIES = re.compile(r"(?m)^dependencies\s*=\s*\[([ \t]*\n?)([ \t]*)")


def _pyproject_dependency(ctx, text: str | None) -> TextEdit | None:
    """`"python-dotenv",` first in `[project] dependencies`; None without such an array."""
    if not text:
        return None
    table = _PROJECT_TABLE.search(text)
    if table is None:
        return None
    end = _NEXT_TABLE.search(text, table.end())
    match = _DEPENDENCIES.search(text, table.end(), end.start() if end else len(text))
    if match is None:
        return None
    multiline = "\n" in match.group(1)
    at = match.end(1) if multiline else match.start(1)
    rest = text[match.end():].lstrip()
    if multiline:
        new = f'{match.group(2) or "    "}"python-dotenv",\n'
    else:
        new = '"python-dotenv"' + ("" if rest.startswith("]") else ", ")
    byte = len(text[:at].encode("utf-8"))
    return TextEdit(byte, byte, new, proj.project_path(ctx, "pyproject.toml"))


_JS_DEPENDENCIES = re.compile(r'"dependencies"\s*:\s*\{([ \t]*\r?\n?)([ \t]*)')


def _package_dependency(ctx, text: str) -> TextEdit | None:
    """`"dotenv"` first in package.json's dependencies (the object is created when missing)."""
    entry = f'"dotenv": "{DOTENV_VERSION}"'
    match = _JS_DEPENDENCIES.search(text)
    if match is not None:
        multiline = "\n" in match.group(1)
        at = match.end(1) if multiline else match.start(1)
        rest = text[match.end():].lstrip()
        empty = rest.startswith("}")
        if multiline:
            new = f"{match.group(2)}{entry}{'' if empty else ','}\n"
        else:
            new = f" {entry}" + ("" if empty else ",")
    else:
        brace = text.find("{")
        if brace == -1:
            return None
        at = brace + 1
        empty = text[at:].lstrip().startswith("}")
        new = f'\n  "dependencies": {{ {entry} }}' + ("\n" if empty else ",")
    byte = len(text[:at].encode("utf-8"))
    return TextEdit(byte, byte, new, proj.project_path(ctx, "package.json"))
