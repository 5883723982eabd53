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
from fnmatch import fnmatch
from functools import cached_property
from typing import Callable
from pathlib import Path

from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.prefilter import contains_any, swept, swept_set
from mistral_keyguard.settings import toml_parser

# `from django.conf import settings`, as `_take_submodule` probes it: the project's settings module.
DJANGO_SETTINGS = "django.conf.settings"
_DJANGO_SETTINGS_MODULE = re.compile(rb"""DJANGO_SETTINGS_MODULE['"][ \t]*,[ \t]*['"]([\w.]{1,200})['"]""")
_MAX_SETTINGS_FOLDERS = 64
# Imports sit at the top of a module; reading further would cost on every file of a big tree.
HEAD_BYTES = 32 * 1024
_MAX_NAMES = 64
# How many folders above an importer a Python absolute import's top package is looked for.
_MAX_PY_LEVELS = 6

# Each pattern starts with a literal word, which the regex engine finds with a fast scan; the
# statement around a match is then checked by hand.
_PY_FROM = re.compile(rb"from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n#]{0,2000})")
_PY_IMPORT = re.compile(rb"import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)"
                        rb"[ \t]*(?:#|\r?\n|$)")
_JS_FROM = re.compile(rb"""from[ \t]*['"]([^'"\n]{1,300})['"]""")
_JS_REQUIRE = re.compile(rb"""require\([ \t]*['"]([^'"\n]{1,300})['"][ \t]*\)""")
# `await import("./lib/ask")`: a module loaded when first needed (code splitting) is imported too.
_JS_DYNAMIC = re.compile(rb"""import\([ \t]*['"]([^'"\n]{1,300})['"][ \t]*\)""")
_JS_CLAUSE = re.compile(rb"(?:import|export)[ \t]+(?:type[ \t]+)?([\w$*{}\s,]{0,2000}?)[ \t]*$")
_JS_BINDING = re.compile(rb"(?:const|let|var)[ \t]+([\w$]+|\{[^}]{0,1000}\})[ \t]*=[ \t]*$")
_SCRIPT_SRC = re.compile(rb"""<script\b[^>]{0,300}?\bsrc=["']([^"'<>\s]{1,300})["']""", re.I)
_JS_EXTENSIONS = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts")


@dataclass(frozen=True)
class Import:
    """One import: the module as written, and the clause that names what it takes. Most imports
    name packages that resolve to nothing, so the clause is read only when asked (`names`)."""

    spec: str
    clause: str
    language: str
    reexport: bool = False
    module_object: bool = False  # Python `import pkg.mod as m`: the clause is the local name
    auto: bool = False  # made by no statement (Nuxt's auto-imports): a name the file declares shadows it

    @property
    def names(self) -> tuple[tuple[str, str], ...]:
        """(name in the module, local name) pairs; `*` for `export * from`, "" for a module
        object (`import * as x`, `import pkg.mod as m`)."""
        if self.module_object:
            return (("", self.clause),)
        return _python_names(self.clause) if self.language == "python" else _ecma_names(self.clause)


def imports_of(data: bytes, language: str) -> list[Import]:
    head = data[:HEAD_BYTES]
    if language == "astro":
        head, language = without_frontmatter(head), "vue"
    if language == "python":
        return _python_imports(head) + _python_module_imports(head)
    if language == "html":
        return _ecma_imports(head) + _script_sources(head)
    if language in ECMA_LANGUAGES or language in ("vue", "svelte"):
        return _ecma_imports(head) + _located_services(head)
    return []


# A service a framework locates by a string id rather than by an import. Strapi's
# `strapi.service("api::<api>.<service>")` is the module `src/api/<api>/services/<service>`; a file
# of its conventional layout (`src/api/<x>/controllers/`, `…/services/`, `…/policies/`) reaches it
# at `../../<api>/services/<service>`. The whole locator call is the "module object" the file calls
# methods on (`strapi.service("api::assist.assist").suggestTitle(…)`), so the clause is its text.
_STRAPI_UID_SERVICE = re.compile(rb"""[\w$.]{1,80}\.service\(\s*(['"])api::([\w-]{1,80})\.([\w-]{1,80})\1\s*\)""")


_STRAPI_UID_MARK = swept(b"api::")[0]
# A Strapi plugin's `strapi.plugin("<plugin>").service("<service>")`, from the plugin's own
# `server/controllers/` (or `server/src/controllers/`): `../services/<service>`.
_STRAPI_PLUGIN_SERVICE = re.compile(
    rb"""[\w$.]{1,80}\.plugin\(\s*(['"])[\w@/-]{1,80}\1\s*\)\.service\(\s*(['"])([\w-]{1,80})\2\s*\)""")
# Egg.js hands a controller (and a service) `ctx.service.<file>`: an instance of the class
# `app/service/<file>.js` exports, reached from `app/controller/` (or `app/service/`) at
# `../service/<file>`.
_EGG_SERVICE = re.compile(rb"""(?<![\w$.])((?:this\.)?(?:ctx\.)?service)\.([A-Za-z_$][\w$]{0,80})(?=\.[A-Za-z_$])""")
_LOCATOR_MARKS = swept_set(b"api::", b").service(", b"service.")


def _located_services(head: bytes) -> list[Import]:
    if not any(mark in head for mark in _LOCATOR_MARKS):  # (a head slice: not the swept file)
        return []
    found = [(f"../../{m.group(2).decode()}/services/{m.group(3).decode()}", m.group(0))
             for m in _STRAPI_UID_SERVICE.finditer(head)] if head.find(_STRAPI_UID_MARK) >= 0 else []
    found += [(f"../services/{m.group(3).decode()}", m.group(0)) for m in _STRAPI_PLUGIN_SERVICE.finditer(head)]
    found += [(f"../service/{m.group(2).decode()}", m.group(0)) for m in _EGG_SERVICE.finditer(head)]
    seen: set[bytes] = set()
    out = []
    for spec, text in found:
        if text not in seen:
            seen.add(text)
            out.append(Import(spec, text.decode("utf-8", "replace"), "ecma", module_object=True, auto=True))
    return out[:_MAX_NAMES]


# The module part alone, for `import_specs`: no clause is read, so a few non-imports also match.
# Two expressions, each led by a literal the engine can scan for, cost a fifth of one alternation.
_JS_SPEC_FROM = re.compile(rb"""from[ \t]*['"]([^'"\n]{1,300})['"]""")
_JS_SPEC_REQUIRE = re.compile(rb"""require\([ \t]*['"]([^'"\n]{1,300})['"]""")


def import_specs(data: bytes, language: str, holds_top: Callable[[str], bool] | None = None) -> list[str]:
    """The modules `imports_of` would list (and a few more), without reading what each import
    takes: `check`'s first pass runs it on every file. `holds_top`: whether an absolute Python
    import's first name can name a file of interest (`ProjectView.tree_names`); the other absolute
    imports are left out before their names are read."""
    return specs_of(import_statements(data, language), language, holds_top)


def import_statements(data: bytes, language: str) -> tuple:
    """What `import_specs` reads of a file, before any tree-wide fact is applied: it depends on
    the bytes alone, so `check` keeps it between runs by content hash (`first_pass_cache`).
    Python: (module, clause) per `from` statement, (module,) per module of an `import`
    statement; JavaScript/TypeScript: the modules."""
    end = min(len(data), HEAD_BYTES)
    if language == "python":
        return tuple(_python_statements(data[:end]))
    if language == "astro":
        data, language = without_frontmatter(data[:end]), "vue"
    if language in ECMA_LANGUAGES or language in ("vue", "svelte", "html"):
        found = _JS_SPEC_FROM.findall(data, 0, end)
        if data.find(b"require(", 0, end) >= 0:
            found = _merged(_JS_SPEC_FROM.finditer(data, 0, end), _JS_SPEC_REQUIRE.finditer(data, 0, end))
        if data.find(b"import(", 0, end) >= 0:
            found += _JS_DYNAMIC.findall(data, 0, end)
        specs = [spec.decode("utf-8", "replace") for spec in found]
        if language != "html" and contains_any(data, _LOCATOR_MARKS):
            specs += [item.spec for item in _located_services(data[:end])]
        return tuple(specs + [item.spec for item in _script_sources(data[:end])] if language == "html" else specs)
    return ()


def specs_of(statements: tuple, language: str, holds_top: Callable[[str], bool] | None = None) -> list[str]:
    """`import_specs` from a file's `import_statements`."""
    if language != "python":
        return list(statements)
    keep = _first_name_test(holds_top)
    out: list[str] = []
    objects: list[str] = []
    for statement in statements:
        spec = statement[0]
        if len(statement) == 1:
            if keep(spec):
                objects.append(spec)
        elif spec == "django.conf":  # no file of the tree is named so, but the settings module is
            if any(name == "settings" for name, _local in _python_names(statement[1])):
                out.append(DJANGO_SETTINGS)
        elif spec and keep(spec):
            prefix = spec if spec.endswith(".") else spec + "."
            out.append(spec)
            out += [prefix + name for name, _local in _python_names(statement[1]) if name and name != "*"]
    return out + objects


def _merged(*matches) -> list[bytes]:
    """The modules of several expressions' matches, in the order they stand in the file."""
    return [match.group(1) for match in sorted((m for found in matches for m in found), key=lambda m: m.start())]


def _python_statements(head: bytes) -> list[tuple[str, ...]]:
    """The `from` and `import` statements of a Python file's head (`import_statements`), in one
    walk over the places "import" stands (each expression alone tried every "import" of the
    file)."""
    out: list[tuple[str, ...]] = []
    at, end = head.find(b"import"), 0
    while at >= 0:
        line = head.rfind(b"\n", 0, at) + 1
        start = line + len(head[line:at]) - len(head[line:at].lstrip())
        if start >= end:
            end = _python_statement(head, start, out) or end
        at = head.find(b"import", max(at + 6, end))
    return out


def _first_name_test(holds_top: Callable[[str], bool] | None) -> Callable[[str], bool]:
    """Whether a module is relative, or absolute with a first name `holds_top` holds (every
    module passes without it)."""
    if holds_top is None:
        return lambda spec: True
    return lambda spec: spec[0] == "." or spec[-1] == "." or holds_top(spec.split(".", 1)[0])


def _python_statement(head: bytes, start: int, out: list[tuple[str, ...]]) -> int:
    """The import statement at `start`, if one is there, into `out` (`import_statements`); the
    statement's end (0 when there is none)."""
    match = _PY_FROM.match(head, start)
    if match is not None:
        out.append((match.group(1).decode("ascii", "replace"), match.group(2).decode("utf-8", "replace")))
        return match.end()
    match = _PY_IMPORT.match(head, start)
    if match is None:
        return 0
    for part in match.group(1).decode("ascii", "replace").split(",")[:_MAX_NAMES]:
        words = part.split()
        if len(words) == 1 or len(words) == 3 and words[1] == "as":
            out.append((words[0],))
    return match.end()


_FRONTMATTER_FENCE = re.compile(rb"^\s*---[ \t]*\r?\n")
_FRONTMATTER_END = re.compile(rb"\n---[ \t]*(?:\r?\n|$)")


def without_frontmatter(data: bytes) -> bytes:
    """An Astro component without its `---` frontmatter (blanked, same length): the frontmatter
    runs on the server when the page renders, its `<script>` elements in the browser. Only the
    scripts' imports make the component a browser importer."""
    opening = _FRONTMATTER_FENCE.match(data)
    closing = _FRONTMATTER_END.search(data, opening.end() - 1) if opening is not None else None
    if closing is None:
        return data
    return b" " * closing.end() + data[closing.end():]


def _script_sources(head: bytes) -> list[Import]:
    """`<script src="popup.js">` of a page: the page loads that file into the browser. Only
    paths relative to the page (no scheme, no leading `/`) name a file of the project."""
    out = []
    for match in _SCRIPT_SRC.finditer(head):
        src = match.group(1).decode("utf-8", "replace")
        if "://" in src or src.startswith(("/", "data:")):
            continue
        out.append(Import(src if src.startswith(".") else "./" + src, "", "ecma"))
    return out


def _python_imports(head: bytes) -> list[Import]:
    """`from module import a, b as c` statements (module objects, `import x`, are not followed)."""
    out: list[Import] = []
    for match in _PY_FROM.finditer(head):
        line_start = head.rfind(b"\n", 0, match.start()) + 1
        if head[line_start:match.start()].strip():
            continue  # `from` inside an expression or a string, not a statement
        out.append(Import(match.group(1).decode("ascii", "replace"), match.group(2).decode("utf-8", "replace"),
                          "python"))
    return out


def _python_module_imports(head: bytes) -> list[Import]:
    """`import pkg.mod as m` and `import pkg.mod` (used as `pkg.mod.helper()`): module objects."""
    out: list[Import] = []
    for match in _PY_IMPORT.finditer(head):
        line_start = head.rfind(b"\n", 0, match.start()) + 1
        if head[line_start:match.start()].strip():
            continue  # the `import` of a `from … import`, or a word in a string
        for part in match.group(1).decode("ascii", "replace").split(",")[:_MAX_NAMES]:
            words = part.split()
            if len(words) == 3 and words[1] == "as":
                out.append(Import(words[0], words[2], "python", module_object=True))
            elif len(words) == 1:
                out.append(Import(words[0], words[0], "python", module_object=True))
    return out


_WORD = re.compile(r"\w+")


def _python_names(clause: str) -> tuple[tuple[str, str], ...]:
    names = []
    for part in clause.strip("() \t\r\n\\").split(",")[:_MAX_NAMES]:
        words = part.split()
        if words and _WORD.fullmatch(words[0]):
            names.append((words[0], words[2] if len(words) == 3 and words[1] == "as" else words[0]))
    return tuple(names)


def _ecma_imports(head: bytes) -> list[Import]:
    out: list[Import] = []
    for match in _JS_FROM.finditer(head):
        before = head[max(0, match.start() - 2000):match.start()]
        keyword = max(before.rfind(b"import"), before.rfind(b"export"))
        clause = _JS_CLAUSE.match(before, keyword) if keyword >= 0 else None
        if clause is None:
            continue
        out.append(Import(match.group(1).decode("utf-8", "replace"), clause.group(1).decode("utf-8", "replace"),
                          "ecma", reexport=before.startswith(b"export", keyword)))
    for match in _JS_REQUIRE.finditer(head):
        before = head[max(0, match.start() - 1100):match.start()]
        declaration = max(before.rfind(b"const"), before.rfind(b"let"), before.rfind(b"var"))
        binding = _JS_BINDING.match(before, declaration) if declaration >= 0 else None
        if binding is not None:
            out.append(Import(match.group(1).decode("utf-8", "replace"), binding.group(1).decode("utf-8", "replace"),
                              "ecma"))
    if head.find(b"import(") >= 0:  # what it binds is read from the code where it is used: no names here
        out += [Import(match.group(1).decode("utf-8", "replace"), "", "ecma") for match in _JS_DYNAMIC.finditer(head)]
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

    def __init__(self, root: Path, realpaths: dict[str, str] | None = None) -> None:
        self.root = Path(os.path.realpath(root))
        self._aliases = _path_aliases(self.root)
        self._listings: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._checked: dict[str, Path | None] = {}
        self._bases: dict[str, list[str]] = {}
        self._nested: dict[str, list[tuple[str, list[str]]]] = {}
        # Path -> its real path, shared by the resolvers of one view (nested projects of one
        # tree import each other's files; resolving links costs a look at every folder above).
        self._realpaths: dict[str, str] = {} if realpaths is None else realpaths

    def resolve(self, importer: Path, spec: str, language: str) -> Path | None:
        if language == "python":
            found = self._python(importer, spec)
            if found is None and spec == DJANGO_SETTINGS:
                found = self._django_settings
        elif spec.startswith(".") or any(spec.startswith(p.rstrip("*")) for p, _ in self._aliases) \
                or self._nested_aliases(str(importer.parent)):
            found = self._ecma(importer, spec)
        else:
            return None  # a package from node_modules
        if found is None:
            return None
        key = str(found)
        if key not in self._checked:  # links resolved once per file, however many import it
            if key not in self._realpaths:
                self._realpaths[key] = os.path.realpath(found)
            real = Path(self._realpaths[key])
            self._checked[key] = real if real.is_relative_to(self.root) and real.is_file() else None
        return self._checked[key]

    def target_names(self, folder: str, spec: str, language: str) -> tuple[str, ...]:
        """`target_names` with this root's aliases, then, for an alias-like import they do not
        name (`#lib/x`, `@app/x`), the nearest nested tsconfig/jsconfig's."""
        names = target_names(folder, spec, language, self._aliases, str(self.root))
        if not names and language != "python" and spec[:1] in _ALIAS_MARKS:
            names = target_names(folder, spec, language, self._nested_aliases(folder), str(self.root))
        return names

    def auto_imports(self, importer: Path, language: str) -> list[Import]:
        """What a file imports with no import statement: a file under `server/` of a Nuxt app uses
        every export of `server/utils/*` (Nitro's auto-imports), as `import * from` each one."""
        if language == "python":
            return []
        utils = self._nuxt_server_utils
        if not utils:
            return []
        real = self._realpaths.get(str(importer)) or os.path.realpath(importer)
        if not real.startswith(str(self.root / "server") + os.sep):
            return []
        folder = os.path.dirname(str(importer))
        return [Import(_relative_spec(folder, util), "*", "ecma", auto=True) for util in utils if util != real]

    @cached_property
    def _nuxt_server_utils(self) -> tuple[str, ...]:
        """The modules of `server/utils/` of a Nuxt or Nitro app (a `nuxt.config.*` or
        `nitro.config.*`, or `nuxt` or `nitropack` in the root's package.json), bounded; () elsewhere."""
        root = str(self.root)
        names = self._names(root)
        if "server" not in names or not (any(name in names for name in _NUXT_CONFIGS + _NITRO_CONFIGS) or
                                         "package.json" in names and _depends_on_nuxt(self.root / "package.json")):
            return ()
        folder = os.path.join(root, "server", "utils")
        modules = sorted(name for name in self._files(folder)
                         if name.endswith(_JS_EXTENSIONS) and not name.endswith(".d.ts"))
        return tuple(os.path.join(folder, name) for name in modules[:_MAX_AUTO_IMPORTS])

    def _python(self, importer: Path, spec: str) -> Path | None:
        dots = len(spec) - len(spec.lstrip("."))
        parts = [p for p in spec.lstrip(".").split(".") if p]
        if dots:
            base = str(importer.parent)
            for _ in range(dots - 1):
                base = os.path.dirname(base)
            return self._python_module(base, parts)
        root = str(self.root)
        for base in (root, os.path.join(root, "src"), *self._python_bases(importer), *self._member_bases):
            found = self._python_module(base, parts)
            if found is not None:
                return found
        return None

    @cached_property
    def _django_settings(self) -> Path | None:
        """The module `from django.conf import settings` reads: the one the root's `manage.py`
        names in DJANGO_SETTINGS_MODULE, else the only `<package>/settings.py` (or `settings/`
        package) one level below the root. Asked only for a file that imports Django's settings."""
        manage = self.root / "manage.py"
        if "manage.py" in self._files(str(self.root)):
            named = _DJANGO_SETTINGS_MODULE.search(_read_head(manage))
            found = self._python(manage, named.group(1).decode("ascii")) if named else None
            if found is not None:
                return found
        found = []
        for name in sorted(self._names(str(self.root)))[:_MAX_SETTINGS_FOLDERS]:
            folder = os.path.join(str(self.root), name)
            if "settings.py" in self._files(folder):
                found.append(Path(folder, "settings.py"))
            elif "__init__.py" in self._files(os.path.join(folder, "settings")):
                found.append(Path(folder, "settings", "__init__.py"))
        return found[0] if len(found) == 1 else None

    def holds_python_top(self, folder: str, top: str) -> bool:
        """Whether an absolute import of a module in `folder` whose first name is `top` can name
        a project file: a package or module (`top/`, `top.py`) in a folder `_python` tries."""
        root, module = str(self.root), top + ".py"
        return any(top in names or module in names
                   for names in map(self._names, (root, os.path.join(root, "src"), *self._folder_bases(folder),
                                                  *self._member_bases)))

    @cached_property
    def _member_bases(self) -> list[str]:
        """Where the packages of a uv workspace's members live (`libs/common/src`, `libs/common`):
        one member imports another's package by name."""
        bases = []
        for member in workspace_members(self.root):
            bases += [os.path.join(member, "src"), member]
        return bases

    def _python_bases(self, importer: Path) -> list[str]:
        """The importer's folder and those above it up to the root: an app run from a subfolder
        (`backend/app/...` importing `app.services.chat`) has its top package there. Once per folder."""
        return self._folder_bases(os.path.dirname(str(importer)))

    def _folder_bases(self, folder: str) -> list[str]:
        bases = self._bases.get(folder)
        if bases is None:
            bases = self._bases[folder] = []
            root, current = str(self.root), folder
            for _ in range(_MAX_PY_LEVELS):
                if current == root or not current.startswith(root + os.sep):
                    break  # the root itself is tried first, by every import
                bases.append(current)
                current = os.path.dirname(current)
        return bases

    def _ecma(self, importer: Path, spec: str) -> Path | None:
        if spec.startswith("."):
            return self._ecma_file(os.path.normpath(os.path.join(str(importer.parent), spec)))
        # The root's aliases, then those of the nearest tsconfig/jsconfig below the root that
        # governs the importer (a front end in `web/` of a Python project: `@/lib/x` is `web/lib/x`).
        for aliases in (self._aliases, self._nested_aliases(str(importer.parent))):
            for prefix, targets in aliases:
                if spec == prefix.rstrip("/*") or (prefix.endswith("*") and spec.startswith(prefix[:-1])):
                    rest = spec[len(prefix) - 1:] if prefix.endswith("*") else ""
                    for target in targets:
                        found = self._ecma_file(os.path.normpath(os.path.join(str(self.root), target.replace("*", rest))))
                        if found is not None:
                            return found
        return None

    def _nested_aliases(self, folder: str) -> list[tuple[str, list[str]]]:
        """The path aliases of the nearest tsconfig/jsconfig between `folder` and the root (the
        root's own are `_aliases`), at most `_MAX_CONFIG_LEVELS` folders up; cached by folder."""
        if folder not in self._nested:
            found: list[tuple[str, list[str]]] = []
            current, root = folder, str(self.root)
            for _ in range(_MAX_CONFIG_LEVELS):
                if current == root or not current.startswith(root + os.sep):
                    break
                if current in self._nested:
                    found = self._nested[current]
                    break
                names = self._files(current)
                if "tsconfig.json" in names or "jsconfig.json" in names:
                    found = _config_aliases(self.root, Path(current))
                    break
                current = os.path.dirname(current)
            self._nested[folder] = sorted(found, key=lambda item: -len(item[0]))
        return self._nested[folder]

    def _python_module(self, base: str, parts: list[str]) -> Path | None:
        if parts and parts[0] not in self._names(base) and f"{parts[0]}.py" not in self._names(base):
            return None  # most imports name a package: one look at the folder says so
        path = os.path.join(base, *parts)
        for candidate in ((path + ".py",) if parts else ()) + (os.path.join(path, "__init__.py"),):
            if self._is_file(candidate):
                return Path(candidate)
        return None

    def _ecma_file(self, path: str) -> Path | None:
        folder, name = os.path.split(path)
        names = self._names(folder)
        if name not in names and not any(name + ext in names for ext in _JS_EXTENSIONS):
            return None  # neither the file, nor a folder of that name
        for candidate in (path, *(path + ext for ext in _JS_EXTENSIONS),
                          *(os.path.join(path, "index" + ext) for ext in _JS_EXTENSIONS)):
            if self._is_file(candidate):
                return Path(candidate)
        return None

    def _is_file(self, path: str) -> bool:
        folder, name = os.path.split(path)
        return name in self._files(folder)

    def _names(self, folder: str) -> frozenset[str]:
        self._list(folder)
        return self._listings[folder][0]

    def _files(self, folder: str) -> frozenset[str]:
        self._list(folder)
        return self._listings[folder][1]

    def _list(self, folder: str) -> None:
        """One listing per folder: resolving an import tries a dozen names in the same one."""
        if folder in self._listings:
            return
        try:
            with os.scandir(folder) as entries:
                items = [(e.name, e.is_file()) for e in entries]
        except OSError:
            items = []
        self._listings[folder] = (frozenset(n for n, _ in items), frozenset(n for n, f in items if f))


_CONFIG_MAX = 256 * 1024
_LINE_COMMENT = re.compile(r'(?m)^[^\S\n]*//.*$|(?<=[,{\[\s])//[^\n"]*$')
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def target_names(folder: str, spec: str, language: str, aliases: list[tuple[str, list[str]]] = (),
                 root: str = "") -> tuple[str, ...]:
    """The names the file an import in `folder` resolves to can carry, from the text alone: a
    file named so (with or without an extension) or a folder named so holding an index or
    `__init__` (`module_names`). `check` resolves only the imports one of whose names is a module
    that may say something; () when the import can name no project file. `aliases` and `root`
    are needed only for a JavaScript/TypeScript import that is not relative."""
    if language == "python":
        stripped = spec.lstrip(".")
        if stripped:
            last = stripped.rsplit(".", 1)[-1]
            return (last,) if last else tuple(p for p in stripped.split(".") if p)[-1:]
        for _ in range(len(spec) - 1):
            folder = os.path.dirname(folder)
        return (os.path.basename(folder),)
    if spec.startswith("."):
        last = spec.rsplit("/", 1)[-1]
        if last in ("", ".", ".."):
            last = os.path.basename(os.path.normpath(os.path.join(folder, spec)))
        return (last,)
    names = []
    for prefix, targets in aliases:
        if spec == prefix.rstrip("/*") or (prefix.endswith("*") and spec.startswith(prefix[:-1])):
            rest = spec[len(prefix) - 1:] if prefix.endswith("*") else ""
            names += [os.path.basename(os.path.normpath(os.path.join(root, t.replace("*", rest)))) for t in targets]
    return tuple(dict.fromkeys(names))  # targets of one file name give it once


def module_names(path: str) -> set[str]:
    """What `ModuleResolver.target_names` yields for an import that resolves to `path`."""
    folder, name = os.path.split(path)
    stem, ext = os.path.splitext(name)
    names = {name}
    if ext in _JS_EXTENSIONS or ext == ".py":
        names.add(stem)
        if stem in ("index", "__init__"):
            names.add(os.path.basename(folder))
        if ext == ".py" and os.path.basename(folder) == "settings":
            names.add("settings")  # a Django settings package's module (`settings/base.py`): DJANGO_SETTINGS
    return names


def _path_aliases(root: Path) -> list[tuple[str, list[str]]]:
    """`compilerOptions.paths` of the root's tsconfig/jsconfig (with `baseUrl`), longest prefix
    first; `@/*` and `~/*` map to `src/*`, else the root, when no config says otherwise (Vue CLI,
    Nuxt and Next defaults: Next's `@/*` is `./*` in an app without `src/`, Nuxt's srcDir is the
    root). Neither can name a package: a scoped package is `@scope/…`."""
    aliases = _config_aliases(root, root)
    aliases += _ember_aliases(root)
    # Framework defaults no config file states: Vue CLI/Nuxt/Next `@/`, SvelteKit `$lib`, Plasmo `~`.
    for default in ("@/", "~/"):
        if not any(prefix.startswith(default) for prefix, _ in aliases):
            aliases.append((default + "*", ["src/*", "*"]))
    if not any(prefix.startswith("$lib") for prefix, _ in aliases):
        aliases += [("$lib", ["src/lib"]), ("$lib/*", ["src/lib/*"])]
    # Plasmo's `~` with no slash (`~lib/api`, `~components/x`) names the source root.
    if not any(prefix.startswith("~") and not prefix.startswith("~/") for prefix, _ in aliases):
        aliases.append(("~*", ["src/*", "*"]))
    if not any(prefix == "*" for prefix, _ in aliases):
        aliases += _source_folder_aliases(root)
    return sorted(aliases, key=lambda item: -len(item[0]))


def _config_aliases(root: Path, folder: Path) -> list[tuple[str, list[str]]]:
    """`compilerOptions.paths` (and `baseUrl`) of the tsconfig/jsconfig in `folder`, their targets
    relative to `root`."""
    aliases: list[tuple[str, list[str]]] = []
    for name in ("tsconfig.json", "jsconfig.json"):
        options = _extended_options(root, folder / name)
        if options is None:
            continue
        base = str(options.get("baseUrl") or options.get(_PATHS_BASE) or ".")
        paths = options.get("paths") if isinstance(options.get("paths"), dict) else {}
        for prefix, targets in paths.items():
            if isinstance(prefix, str) and isinstance(targets, list):
                aliases.append((prefix, [os.path.normpath(os.path.join(base, str(t))) for t in targets[:8]]))
        if options.get("baseUrl"):
            aliases.append(("*", [os.path.normpath(os.path.join(base, "*"))]))
    return aliases


_MAX_SOURCE_FOLDERS = 64
_ALIAS_MARKS = frozenset("@~#$")  # how a path alias usually starts (a bare package never with ~ # $)
_MAX_CONFIG_LEVELS = 6  # how far up from an importer a nested tsconfig/jsconfig is looked for


def _source_folder_aliases(root: Path) -> list[tuple[str, list[str]]]:
    """`boot/mistral` for `src/boot/mistral.js`: bundlers resolve a bare import whose first name is
    a folder of `src/` there (Quasar's `boot/`, `components/`, `pages/` aliases; webpack
    `resolve.modules: ["src", …]`; CRA's and Vue CLI's absolute imports), unless a package the
    project depends on has that name. One listing of `src/`; no config file is needed."""
    try:
        with os.scandir(root / "src") as entries:
            folders = sorted(e.name for e in entries if e.is_dir(follow_symlinks=False)
                             and not e.name.startswith((".", "@", "_")))[:_MAX_SOURCE_FOLDERS]
    except OSError:
        return []
    if not folders:
        return []
    manifest = _read_config(root / "package.json") if (root / "package.json").is_file() else None
    packages = set()
    for field in ("dependencies", "devDependencies", "peerDependencies"):
        if isinstance(manifest, dict) and isinstance(manifest.get(field), dict):
            packages |= set(manifest[field])
    return [(f"{name}/*", [f"src/{name}/*"]) for name in folders if name not in packages]


_EMBER_PREFIX = re.compile(rb"""modulePrefix\s*:\s*['"]([\w-]{1,100})['"]""")
_MAX_EMBER_CONFIG = 64 * 1024


def _ember_aliases(root: Path) -> list[tuple[str, list[str]]]:
    """An Ember app's module names: `<modulePrefix>/config/environment` is `config/environment.js`,
    any other `<modulePrefix>/…` lives under `app/`; the prefix is the one `config/environment.js`
    declares (a small regular file at the root, read once per resolver)."""
    config = root / "config" / "environment.js"
    try:
        if config.is_symlink() or not config.is_file() or not (root / "app").is_dir():
            return []
        with open(config, "rb") as handle:
            found = _EMBER_PREFIX.search(handle.read(_MAX_EMBER_CONFIG))
    except OSError:
        return []
    if found is None:
        return []
    prefix = found.group(1).decode()
    return [(f"{prefix}/config/environment", ["config/environment"]), (f"{prefix}/*", ["app/*"])]


# How many configs an `extends` chain may name (TypeScript allows arrays and chains).
_MAX_EXTENDS = 6
_PATHS_BASE = "\0paths-base"  # where `paths` resolve when no `baseUrl` is set: the config's folder


def _extended_options(root: Path, path: Path) -> dict | None:
    """`compilerOptions` of a tsconfig/jsconfig with its `extends` chain merged (the extending
    config wins). `baseUrl`, and `paths` without one, resolve from the folder of the config that
    sets them, as TypeScript does; only relative `extends` inside the root are followed."""
    chain: list[tuple[Path, dict]] = []
    _collect_extends(root, path, chain, set())
    if not chain:
        return None
    merged: dict = {}
    for config_path, options in chain:  # bases first
        folder = os.path.relpath(config_path.parent, root)
        merged.update({k: v for k, v in options.items() if k not in ("baseUrl", "paths")})
        if isinstance(options.get("baseUrl"), str):
            merged["baseUrl"] = os.path.normpath(os.path.join(folder, options["baseUrl"]))
        if isinstance(options.get("paths"), dict):
            merged["paths"], merged[_PATHS_BASE] = options["paths"], folder
    return merged


def _collect_extends(root: Path, path: Path, chain: list[tuple[Path, dict]], seen: set[Path]) -> None:
    """Appends the configs `path` extends (bases first), then `path` itself."""
    if path in seen or len(seen) >= _MAX_EXTENDS:
        return
    seen.add(path)
    config = _read_config(path)
    if config is None:
        return
    extends = config.get("extends")
    for base in (extends if isinstance(extends, list) else [extends])[:_MAX_EXTENDS]:
        target = _extended_config(root, path, base)
        if target is not None:
            _collect_extends(root, target, chain, seen)
    options = config.get("compilerOptions")
    chain.append((path, options if isinstance(options, dict) else {}))


def _extended_config(root: Path, config: Path, base: object) -> Path | None:
    """The file a relative `extends` names, when it is a regular file inside the root (a package
    name would be read from node_modules, which is not followed)."""
    if not isinstance(base, str) or not base.startswith("."):
        return None
    target = Path(os.path.normpath(os.path.join(str(config.parent), base)))
    if not target.name.endswith(".json") and not target.is_file():
        target = target.with_name(target.name + ".json")
    try:
        real = Path(os.path.realpath(target))
    except OSError:
        return None
    return target if real.is_relative_to(root) and target.is_relative_to(root) else None


_NUXT_CONFIGS = ("nuxt.config.ts", "nuxt.config.js", "nuxt.config.mjs", "nuxt.config.mts")
# A standalone Nitro server (`srcDir: "server"`) auto-imports `server/utils/*` as Nuxt does.
_NITRO_CONFIGS = ("nitro.config.ts", "nitro.config.js", "nitro.config.mjs", "nitro.config.mts")
_MAX_AUTO_IMPORTS = 64


def _depends_on_nuxt(package_json: Path) -> bool:
    manifest = _read_config(package_json) or {}
    return any(isinstance(manifest.get(field), dict) and ("nuxt" in manifest[field] or "nitropack" in manifest[field])
               for field in ("dependencies", "devDependencies"))


def _relative_spec(folder: str, target: str) -> str:
    spec = os.path.relpath(target, folder).replace(os.sep, "/")
    return spec if spec.startswith(".") else "./" + spec


def _read_head(path: Path) -> bytes:
    """The first bytes of a regular file inside the tree (b"" for a link or an unreadable one)."""
    try:
        if path.is_symlink() or not path.is_file():
            return b""
        with open(path, "rb") as fh:
            return fh.read(HEAD_BYTES)
    except OSError:
        return b""


def _read_config(path: Path) -> dict | None:
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
    return config if isinstance(config, dict) else None


_MAX_MEMBERS = 64
_WORKSPACE_LEVELS = 4


def workspace_members(root: Path) -> list[str]:
    """The member folders of the uv workspace `root/pyproject.toml` declares (`[tool.uv.workspace]
    members` globs of one level of `*` per part), bounded; [] for any other folder."""
    patterns = _uv_member_patterns(root)
    members: list[str] = []
    for pattern in patterns:
        folders = [str(root)]
        for part in Path(pattern).parts:
            if part in ("..", "."):
                folders = []
                break
            folders = [os.path.join(f, n) for f in folders for n in _subfolders(f) if fnmatch(n, part)][:_MAX_MEMBERS]
        members += [f for f in folders if os.path.isfile(os.path.join(f, "pyproject.toml"))]
    return members[:_MAX_MEMBERS]


def workspace_root(root: Path) -> Path:
    """The uv workspace `root` is a member of (a few levels up, not past a `.git`), else `root`."""
    candidate = root
    for _ in range(_WORKSPACE_LEVELS):
        if (candidate / ".git").exists() or candidate.parent == candidate:
            break
        candidate = candidate.parent
        rel = root.relative_to(candidate).as_posix()
        if any(fnmatch(rel, pattern.strip("/")) for pattern in _uv_member_patterns(candidate)):
            return candidate
    return root


def _uv_member_patterns(folder: Path) -> list[str]:
    path = folder / "pyproject.toml"
    try:
        if not path.is_file() or path.is_symlink() or path.stat().st_size > _CONFIG_MAX:
            return []
        text = path.read_text(encoding="utf-8", errors="replace")
        if "[tool.uv.workspace]" not in text:
            return []
        members = toml_parser().loads(text).get("tool", {}).get("uv", {}).get("workspace", {}).get("members", [])
    except (OSError, ValueError):
        return []
    return [m for m in members if isinstance(m, str)][:_MAX_MEMBERS] if isinstance(members, list) else []


def _subfolders(folder: str) -> list[str]:
    try:
        with os.scandir(folder) as entries:
            return sorted(e.name for e in entries if e.is_dir(follow_symlinks=False) and not e.name.startswith("."))
    except OSError:
        return []
