"""Which project file an import names: Python (absolute, relative, `src/` layout, package
`__init__`) and JavaScript/TypeScript (relative paths, extension-less paths, index files,
`tsconfig`/`jsconfig` `baseUrl` and `paths` aliases).

Imports are read from the bytes with regular expressions over the top of the file, so a file is
never parsed just to learn what it imports. Resolution only looks at files under the project
root and never follows a path out of it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from mistral_keyguard.languages import ECMA_LANGUAGES

# Imports sit at the top of a module; reading further would cost on every file of a big tree.
_HEAD_BYTES = 64 * 1024
_MAX_NAMES = 64

_PY_FROM = re.compile(rb"(?m)^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n#]{0,2000})")
_PY_IMPORT = re.compile(rb"(?m)^[ \t]*import[ \t]+([\w.]+)(?:[ \t]+as[ \t]+(\w+))?")
_JS_IMPORT = re.compile(
    rb"""(?:^|[;\n])[ \t]*(?:import|export)[ \t]+(?:type[ \t]+)?([\w$*{}\s,]{0,2000}?)[ \t]*from[ \t]*['"]([^'"\n]{1,300})['"]""")
_JS_REQUIRE = re.compile(
    rb"""(?:const|let|var)[ \t]+([\w$]+|\{[^}]{0,1000}\})[ \t]*=[ \t]*require\([ \t]*['"]([^'"\n]{1,300})['"][ \t]*\)""")
_JS_EXTENSIONS = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts")


@dataclass(frozen=True)
class Import:
    """One import: the module as written, and (name in that module, local name) pairs. `*` stands
    for a whole-module re-export (`export * from`), a module object for `import x` / `import * as x`."""

    spec: str
    names: tuple[tuple[str, str], ...]
    reexport: bool = False


def imports_of(data: bytes, language: str) -> list[Import]:
    head = data[:_HEAD_BYTES]
    if language == "python":
        return _python_imports(head)
    if language in ECMA_LANGUAGES or language in ("html", "vue", "svelte"):
        return _ecma_imports(head)
    return []


def _python_imports(head: bytes) -> list[Import]:
    out = []
    for match in _PY_FROM.finditer(head):
        module = match.group(1).decode("ascii", "replace")
        body = match.group(2).decode("utf-8", "replace").strip("() \t\r\n\\")
        names = []
        for part in body.split(",")[:_MAX_NAMES]:
            words = part.split()
            if not words or not re.match(r"^\w+$", words[0]):
                continue
            local = words[2] if len(words) == 3 and words[1] == "as" else words[0]
            names.append((words[0], local))
        if names:
            out.append(Import(module, tuple(names)))
    for match in _PY_IMPORT.finditer(head):
        module = match.group(1).decode("ascii", "replace")
        local = (match.group(2) or match.group(1).split(b".")[0]).decode("ascii", "replace")
        out.append(Import(module, (("", local),)))
    return out


def _ecma_imports(head: bytes) -> list[Import]:
    out = []
    for match in _JS_IMPORT.finditer(head):
        clause = match.group(1).decode("utf-8", "replace")
        spec = match.group(2).decode("utf-8", "replace")
        reexport = head[match.start():match.end()].lstrip(b"; \t\n").startswith(b"export")
        out.append(Import(spec, _ecma_names(clause), reexport))
    for match in _JS_REQUIRE.finditer(head):
        clause = match.group(1).decode("utf-8", "replace")
        spec = match.group(2).decode("utf-8", "replace")
        out.append(Import(spec, _ecma_names(clause)))
    return out


def _ecma_names(clause: str) -> tuple[tuple[str, str], ...]:
    """`Default, { a, b as c }`, `* as ns`, `*`, `{ a: b }` (a destructured require)."""
    names: list[tuple[str, str]] = []
    braces = re.search(r"\{([^}]*)\}", clause)
    outside = re.sub(r"\{[^}]*\}", "", clause)
    for part in (braces.group(1).split(",") if braces else [])[:_MAX_NAMES]:
        words = part.replace(":", " as ").split()
        if words and words[0] == "type":
            words = words[1:]
        if words:
            names.append((words[0], words[2] if len(words) == 3 and words[1] == "as" else words[0]))
    star = re.search(r"\*\s*as\s+([\w$]+)", outside)
    if star:
        names.append(("", star.group(1)))
    elif "*" in outside:
        names.append(("*", "*"))
    default = re.match(r"\s*([\w$]+)", outside.replace("*", ""))
    if default and default.group(1) not in ("as", "type"):
        names.append(("default", default.group(1)))
    return tuple(names)


class ModuleResolver:
    """Finds the file an import names, inside one project root."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._aliases = _path_aliases(self.root)

    def resolve(self, importer: Path, spec: str, language: str) -> Path | None:
        if language == "python":
            found = self._python(importer, spec)
        else:
            found = self._ecma(importer, spec)
        if found is None:
            return None
        try:
            found = found.resolve()
        except (OSError, RuntimeError):
            return None
        return found if found.is_relative_to(self.root) and found.is_file() else None

    def _python(self, importer: Path, spec: str) -> Path | None:
        dots = len(spec) - len(spec.lstrip("."))
        parts = [p for p in spec.lstrip(".").split(".") if p]
        if dots:
            base = importer.parent
            for _ in range(dots - 1):
                base = base.parent
            return _python_module(base, parts)
        for base in (self.root, self.root / "src", importer.parent):
            found = _python_module(base, parts)
            if found is not None:
                return found
        return None

    def _ecma(self, importer: Path, spec: str) -> Path | None:
        if spec.startswith("."):
            return _ecma_file(importer.parent / spec)
        for prefix, targets in self._aliases:
            if spec == prefix.rstrip("/*") or (prefix.endswith("*") and spec.startswith(prefix[:-1])):
                rest = spec[len(prefix) - 1:] if prefix.endswith("*") else ""
                for target in targets:
                    found = _ecma_file(self.root / target.replace("*", rest))
                    if found is not None:
                        return found
        return None


def _python_module(base: Path, parts: list[str]) -> Path | None:
    if not parts:
        init = base / "__init__.py"
        return init if init.is_file() else None
    path = base.joinpath(*parts)
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _ecma_file(path: Path) -> Path | None:
    if path.is_file():
        return path
    for ext in _JS_EXTENSIONS:
        candidate = path.with_name(path.name + ext)
        if candidate.is_file():
            return candidate
    for ext in _JS_EXTENSIONS:
        candidate = path / f"index{ext}"
        if candidate.is_file():
            return candidate
    return None


_CONFIG_MAX = 256 * 1024
_LINE_COMMENT = re.compile(r'(?m)^\s*//.*$|(?<=[,{\[\s])//[^\n"]*$')
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def _path_aliases(root: Path) -> list[tuple[str, list[str]]]:
    """`compilerOptions.paths` of the root's tsconfig/jsconfig (with `baseUrl`), longest prefix
    first; `@/*` maps to `src/*` when no config says otherwise (Vue CLI, Nuxt, Next defaults)."""
    aliases: list[tuple[str, list[str]]] = []
    for name in ("tsconfig.json", "jsconfig.json"):
        options = _compiler_options(root / name)
        if options is None:
            continue
        base = str(options.get("baseUrl") or ".")
        paths = options.get("paths") if isinstance(options.get("paths"), dict) else {}
        for prefix, targets in paths.items():
            if isinstance(prefix, str) and isinstance(targets, list):
                aliases.append((prefix, [os.path.normpath(os.path.join(base, str(t))) for t in targets[:8]]))
        if options.get("baseUrl"):
            aliases.append(("*", [os.path.normpath(os.path.join(base, "*"))]))
    # Framework defaults no config file states: Vue CLI/Nuxt/Next `@/`, SvelteKit `$lib`.
    if not any(prefix.startswith("@/") for prefix, _ in aliases):
        aliases.append(("@/*", ["src/*"]))
    if not any(prefix.startswith("$lib") for prefix, _ in aliases):
        aliases += [("$lib", ["src/lib"]), ("$lib/*", ["src/lib/*"])]
    return sorted(aliases, key=lambda item: -len(item[0]))


def _compiler_options(path: Path) -> dict | None:
    try:
        if not path.is_file() or path.is_symlink() or path.stat().st_size > _CONFIG_MAX:
            return None
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    text = _TRAILING_COMMA.sub(r"\1", _LINE_COMMENT.sub("", _BLOCK_COMMENT.sub("", text)))
    try:
        config = json.loads(text)
    except ValueError:
        return None
    options = config.get("compilerOptions") if isinstance(config, dict) else None
    return options if isinstance(options, dict) else None
