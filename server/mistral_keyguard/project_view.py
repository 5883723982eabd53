"""The project view: what the names a file imports are, from summaries of the project's own
modules (`rules.module_facts`), each computed once per file content and depth and cached.

A module is parsed for its summary only when its bytes mention Mistral or it imports a module
whose summary reaches Mistral; every other module's summary is empty without a parse. Chains of
helpers are followed to a bounded depth (cycles of imports too), and nothing outside the project
root is read.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from mistral_keyguard.engine import summarize_module
from mistral_keyguard.holdings import configs
from mistral_keyguard.holdings.base import AUTH_HEADER
from mistral_keyguard.languages import language_for_path
from mistral_keyguard.module_graph import (
    HEAD_BYTES, Import, ModuleResolver, import_statements, imports_of, module_names, specs_of, target_names,
    workspace_root,
)
from mistral_keyguard.prefilter import (
    contains, contains_any, contains_any_before, holds_key_literal, lowered, mentions_mistral, swept, swept_set)
from mistral_keyguard.rules.arq_jobs import reads_arq_results, registers_arq_jobs
from mistral_keyguard.rules.bot_errors import may_handle_bot_errors, may_run_bot_handlers
from mistral_keyguard.rules.injected_services import INJECT_PREFIX, may_take_injected_service
from mistral_keyguard.rules.error_leak import (
    ERROR_MIDDLEWARE, KOA_ERROR_MIDDLEWARE, RESPONDER_PARAMS, SVELTEKIT_HOOKS, SVELTEKIT_ROUTE, names_async_wrapper,
)
from mistral_keyguard.rules.public_env_key import DEFINE_PREFIX, DEFINED_GLOBAL, SHIPPED_CONFIG, SHIPPED_READS
from mistral_keyguard.project import (
    CONFIG_SERVICE_KEY, DEFAULT_MODEL, ESCAPES_ASYNC_ROUTE, FAILS_QUEUE_JOBS, FORWARDS_ERRORS, HANDED_DETAIL,
    KEY_DEFAULTS, HOLDS_KEY, KEY_USE, PAGE_GLOBAL_PREFIX, KEYED_CLIENT, KEYED_HEADERS, MISTRAL_ENDPOINT,
    MISTRAL_MODEL, MISTRAL_OBJECT, NO_MISTRAL, SECRET_FIELD, SENT_DETAIL, RAISES_KEYED_ERROR, REACHES_MISTRAL,
    RETURNS_HEADERS, RETURNS_HOLDER, RETURNS_KEY, STORED_SETTINGS, ModuleFact, ProjectContext, KEY_VALUE,
    KEYED_FORWARD,
)
from mistral_keyguard.project import CARRIES_KEY, CARRIES_MARK, SENT_MARK
from mistral_keyguard.project import ARQ_JOB_PREFIX, CATCHES_MISTRAL, QUEUE_PREFIX, HOOKED_MARK, KEYED_ARGUMENT, KEYED_ARGUMENT_MARK, PUBLIC_ENV_NAMES, SHARED_INSTANCE_PREFIX
from mistral_keyguard.settings import Settings

MAX_DEPTH = 4
# How far a chain of modules that never name Mistral themselves is followed: route -> service ->
# client (the service is such a hop) is; longer chains would cost a walk of every import of a
# large SDK.
_HELPER_HOPS = 1
_ANY_DEPTH = MAX_DEPTH + 1  # a summary's span of depths (`ProjectView._summary_pair`) that ends nowhere
_MAX_MODULE_BYTES = 1024 * 1024
# What makes a module worth a summary: it builds or calls a Mistral client or model, names the
# API host or the key, or holds a SecretStr. A module that only mentions Mistral (an SDK's own
# internals, a docstring, an import of types) says nothing a rule asks of its importers.
# Matched on lower-cased bytes (`prefilter.lowered`): `(?i)` makes `re` several times slower.
_CODE = frozenset({"python", "javascript", "typescript", "tsx"})
_ECMA = _CODE - {"python"}
_SERVER_FOLDER = os.sep + "server" + os.sep
_MAX_IMPORTERS = 64
# How many modules that only put an imported name into the headers they return sit between the
# module defining the key and the one sending those headers to Mistral.
_CARRY_HOPS = 1
# How far up the importers of an error middleware's module are asked (the app, through a barrel).
FORWARD_LEVELS = 2
# A project module's name that reaches nothing of Mistral (its place is never shown).
_NOTHING = ModuleFact(NO_MISTRAL, "")
# Files that import modules: code, and the pages and components whose scripts do.
PAGES = frozenset({"html", "vue", "svelte", "astro"})
_IMPORTING = _CODE | PAGES
# The reverse walk (who imports a module) reads the heads of at most this many files of a project.
_MAX_PROJECT_FILES = 20000
_SKIP_DIRS = frozenset({".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build", ".next"})
# Rules whose decision the project view can change for a file that never says "Mistral" itself.
_WAKES = {REACHES_MISTRAL: "MK006", MISTRAL_OBJECT: "MK006", RETURNS_KEY: "MK005", HOLDS_KEY: "MK005",
          RETURNS_HOLDER: "MK005", CONFIG_SERVICE_KEY: "MK005", MISTRAL_ENDPOINT: "MK002", KEYED_CLIENT: "MK004", KEYED_HEADERS: "MK004",
          RETURNS_HEADERS: "MK004", RAISES_KEYED_ERROR: "MK004", KEY_USE: "MK005", KEY_VALUE: "MK005",
          FORWARDS_ERRORS: "MK006", MISTRAL_MODEL: "MK001", KEY_DEFAULTS: "MK005", ESCAPES_ASYNC_ROUTE: "MK006",
          FAILS_QUEUE_JOBS: "MK006", STORED_SETTINGS: "MK005"}


@dataclass(frozen=True)
class PlannedModules:
    """`check`'s plan, handed to the workers that scan: the real paths of the modules that may
    have a summary (`plan_relevant`), and the absolute paths of the files the walk took, one per
    line (one bytes object pickles at memory speed). A module the walk took and the plan left
    out has an empty summary: it is not read again (most modules an import names are such)."""

    may_say: frozenset[str]
    walked: bytes

    def says_nothing(self, path: str) -> bool:
        return path not in self.may_say and path in _walked_set(self.walked)


@lru_cache(maxsize=2)
def _walked_set(walked: bytes) -> frozenset[str]:
    return frozenset(walked.decode("utf-8", "surrogateescape").split("\n"))


# Files only a front end has, by their path in the project: components (JSX, TSX, Vue and Svelte
# single-file components) anywhere, the page a React app whose components are `.js` files is
# served from (`public/index.html`), the pages of Next.js's `pages/` router (not its API), React
# hooks and Vue composables (`hooks/useCart.ts`: only a component calls them), SvelteKit's pages and
# universal loads (`+page.ts`, not `+page.server.ts`), the code of a
# full-stack app's browser half, its top `client/` folder (beside `server/`; Meteor's rule too), and
# an `index.html` anywhere but in a server's template or a build's output folder (a page a bundler
# starts from: an extension's `entrypoints/popup/index.html`, a `web/index.html`).
_COMPONENT_SUFFIXES = (".jsx", ".tsx", ".vue", ".svelte")
_PAGE_SCRIPTS = (".js", ".jsx", ".ts", ".tsx", ".mjs")
_HOOK_FOLDERS = ("hooks", "composables")
_KIT_PAGES = ("+page.", "+layout.")
_HOOK_NAME = re.compile(r"use[A-Z][A-Za-z0-9]*\.(?:[cm]?[jt]sx?)")
# (A `public/` folder below the root is a server's static folder: its page is not the app's.)
_NOT_PAGE_FOLDERS = frozenset({"public", "templates", "views", "docs", "dist", "build", "out", "htmlcov", "coverage", "_site",
                               "site", "node_modules", "vendor"})


def is_front_end_file(parts: tuple[str, ...]) -> bool:
    """Whether a file, by its path inside its project root (split in parts), is a front end's."""
    name = parts[-1]
    pages = parts[1:] if parts[:1] == ("src",) else parts  # Next.js's src/ layout
    return name.endswith(_COMPONENT_SUFFIXES) or parts == ("public", "index.html") or (
        name == "index.html" and _NOT_PAGE_FOLDERS.isdisjoint(parts[:-1])) or (
        len(pages) > 1 and pages[0] == "pages" and pages[1] != "api" and name.endswith(_PAGE_SCRIPTS)) or (
        len(parts) > 1 and parts[-2] in _HOOK_FOLDERS and _HOOK_NAME.fullmatch(name) is not None) or (
        len(parts) > 1 and parts[0] == "client" and name.endswith(_PAGE_SCRIPTS)) or (
        name.startswith(_KIT_PAGES) and ".server." not in name)


def may_be_front_end_file(path: str) -> bool:
    """`is_front_end_file` may hold for `path`: the test made before its project root is found."""
    return path.endswith(_COMPONENT_SUFFIXES) or path.endswith(os.sep + "index.html") or \
        f"{os.sep}pages{os.sep}" in path or f"{os.sep}client{os.sep}" in path or \
        any(f"{os.sep}{page}" in path for page in _KIT_PAGES) or \
        any(f"{os.sep}{folder}{os.sep}use" in path for folder in _HOOK_FOLDERS)


@dataclass(frozen=True)
class TreeFacts:
    """What `check`'s first pass knows of the folders it walked whole, so that no worker walks
    a project again to find who imports a module: the importers of every module of its plan
    (`plan_relevant`: the modules that may say something of Mistral, and their importers up to
    `MAX_DEPTH` levels), and the project roots that hold front-end files (`is_front_end_file`)."""

    folders: tuple[str, ...] = ()  # real paths of the folders walked whole
    importers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # module -> importers, real paths
    front_end_roots: frozenset[str] = frozenset()

    def covers(self, root: Path) -> bool:
        """Whether the whole project at `root` (a real path) was walked."""
        text = str(root)
        return any(text == folder or text.startswith(folder.rstrip(os.sep) + os.sep) for folder in self.folders)


class ProjectView:
    """Imported facts by local name, for files of one or more project roots."""

    def __init__(self, settings: Settings, *, display: Callable[[Path], str] = str,
                 texts: Callable[[Path], bytes | None] | None = None, reverse: bool = True,
                 default_root: Path | None = None) -> None:
        self.settings = settings
        self.display = display
        self.texts = texts or (lambda path: None)  # the editor's unsaved text wins over the disk
        self._resolvers: dict[Path, ModuleResolver] = {}
        self._resolved: dict[tuple[Path, str, str, Path], Path | None] = {}
        self._real_roots: dict[Path, Path] = {}
        # (path, content hash) -> (lowest depth, deepest depth, the summary pair at each of them)
        self._summaries: dict[tuple[str, str], list[tuple[int, int, tuple[dict, dict]]]] = {}
        self._within = [0, _ANY_DEPTH]  # the depths the summary being made holds at (`_summary_pair`)
        self._quiet: set[tuple[str, str]] = set()  # modules that say nothing of Mistral themselves, by content
        self._importers_by_root: dict[Path, dict[Path, list[tuple[Path, Import]]]] = {}
        self._routes_by_root: dict[Path, list[Path]] = {}  # SvelteKit server routes, from the same walk
        self._handlers_by_root: dict[Path, list[Path]] = {}  # NestJS CQRS handlers, from the same walk
        self._workers_by_root: dict[Path, list[Path]] = {}  # BullMQ/Bull workers, from the same walk
        self._stamped: dict[tuple[str, int, int], tuple[str, str]] = {}
        self.dependencies: dict[Path, frozenset[Path]] = {}
        self.reverse = reverse
        # `check`'s plan (`plan_relevant`): the names of the modules whose summary may say
        # something. A scanned file's imports that can name none of them are not resolved (their
        # names would map to "nothing"; a summary still resolves every import, for `key_uses`);
        # None resolves every import (the editor).
        self.relevant: frozenset[str] | None = None
        self.planned: PlannedModules | None = None  # `check`'s plan, in its scan
        # `check`'s first pass: the names of the folders and Python modules it walked. Only a
        # file it walked can be in its plan, so an absolute import whose first name is none of
        # them (`os`, `flask`: most imports of a tree) is left out of `import_names`.
        self.tree_names: frozenset[str] | None = None
        self._target_names: dict[tuple[str, str, bool], tuple[str, ...]] = {}
        self._package_folders: dict[str, bool] = {}  # folder -> its `__init__.py` sets an attribute chain
        self.default_root = default_root  # imports resolve inside it when no project marker is found
        self.static = texts is None
        self._stamps: dict[Path, tuple[str, int, int]] = {}
        self._configs: dict[Path, str] = {}
        self._realpaths: dict[str, str] = {}
        self._open_keys: dict[Path, tuple[str, str]] = {}  # the summary key of each editor text
        self._replacements: dict[Path, dict[Path, Path]] = {}
        self._shared: set[tuple[tuple[str, str], int, int]] = set()  # summaries handed out by `new_summaries`
        self.tree: TreeFacts | None = None  # `check`'s first pass (`TreeFacts`); None: walk the project
        self._components: dict[Path, bool] = {}
        self._may_export: dict[tuple[str, int, int], bool] = {}  # `may_export_key` of a file on disk, by stamp

    def new_summaries(self) -> dict:
        """The summaries computed here since the last call, with the stamps that find them:
        `check`'s workers hand them to the process that merges results, which would otherwise
        compute them again for its second step (`absorb_summaries`)."""
        fresh = {}
        for key, spans in self._summaries.items():
            new = [span for span in spans if (key, span[0], span[1]) not in self._shared]
            if new:
                fresh[key] = new
                self._shared.update((key, lo, hi) for lo, hi, _pair in new)
        stamps = {stamp: key for stamp, key in self._stamped.items() if key in fresh}
        return {"summaries": fresh, "stamps": stamps} if fresh else {}

    def absorb_summaries(self, shared: dict) -> None:
        """Summaries another process of the same `check` computed on the same (unchanging) files."""
        if not shared or not self.static:
            return
        for key, spans in shared["summaries"].items():
            self._summaries.setdefault(key, []).extend(spans)  # spans that overlap agree
            self._shared.update((key, lo, hi) for lo, hi, _pair in spans)
        for stamp, key in shared["stamps"].items():
            self._stamped.setdefault(stamp, key)
            self._stamps.setdefault(Path(stamp[0]), stamp)

    def imported_facts(self, path: Path, data: bytes, language: str | None,
                       root: Path | Callable[[], Path]) -> dict[str, ModuleFact]:
        """Facts about the names `path` imports, by local name. `root` may be a callable: it is
        asked only when the file imports something (finding a project root costs file lookups).
        A page or component (`PAGES`) learns of what its scripts import too."""
        if language not in _IMPORTING:
            return {}
        # Auto-imports first: an import statement of the same name wins.
        items = self._auto_imports(path, language, root) + imports_of(data, language) + \
            self._package_init(path, data, language)
        if items and self.relevant is not None:  # `check`'s plan: skip what names no module that says something
            folder = os.path.dirname(os.path.abspath(path))
            items = [item for item in items if self._may_name_relevant(folder, item, language, root)]
        if not items:
            return {}
        if callable(root):
            root = root()
        # The importer is where the scan found it; the modules it names are checked with links
        # resolved (they must lie inside the root).
        return self._imported(Path(os.path.abspath(path)), data, language, self._real_root(root), 0, items)

    def _may_name_relevant(self, folder: str, item: Import, language: str, root: Path | Callable[[], Path]) -> bool:
        """Whether `item` may resolve to a module of `check`'s plan: by the module it names, or,
        for Python's `from pkg import mod`, by a submodule it takes (`_take_submodule`)."""
        if not self.relevant.isdisjoint(self.target_names(folder, item.spec, language, root)):
            return True
        return language == "python" and not item.module_object and any(
            name in self.relevant for name, _local in item.names)

    def forget_layout(self) -> None:
        """Files were created, deleted or changed on disk: resolve imports and find importers
        afresh (summaries are keyed by content and need nothing)."""
        self._resolvers.clear()
        self._resolved.clear()
        self._target_names.clear()
        self._realpaths.clear()
        self._importers_by_root.clear()
        self._routes_by_root.clear()
        self._handlers_by_root.clear()
        self._workers_by_root.clear()
        self._components.clear()
        self._package_folders.clear()

    def _imported(self, path: Path, data: bytes, language: str, root: Path, depth: int,
                  items: list[Import] | None = None, edges: list | None = None) -> dict[str, ModuleFact]:
        """`edges` (optional) receives (imported project file, (name, local name) pairs)."""
        facts: dict[str, ModuleFact] = {}
        modules = set()
        edges = [] if edges is None else edges
        folder = path.parent
        if items is None:
            items = self._auto_imports(path, language, root) + imports_of(data, language)
        for item in items:
            target = self._resolve(root, path, item.spec, language, folder)
            if target is None and language == "python" and not item.module_object:
                facts.update(self._namespace_submodules(root, path, item, depth, modules, edges))
            if target is None or target == path:
                continue
            modules.add(target)
            edges.append((target, item.names))
            summary = self._summary(target, root, depth + 1)
            # What a module says of its SecretStr fields goes with any import of it (an object of
            # its settings class is usually imported ready-made), and so do the Mistral errors its
            # routes hand to `next()` or let escape from an async handler (a router is mounted whole).
            facts.update({k: v for k, v in summary.items() if v.kind in (SECRET_FIELD, CONFIG_SERVICE_KEY,
                                                                         FORWARDS_ERRORS, ESCAPES_ASYNC_ROUTE,
                                                                         DEFAULT_MODEL)
                          or k.startswith(SHARED_INSTANCE_PREFIX)})
            dotted = [key for key in summary if "." in key]  # `Class.method`, `instance.method`
            for name, local in item.names:
                if name == "*":
                    facts.update(_unshadowed(summary, data) if item.auto else summary)
                elif name and name in summary:
                    facts[local] = summary[name]
                    facts.update(_class_members(summary, dotted, name, local))
                elif name and dotted and (members := _class_members(summary, dotted, name, local)):
                    facts[local] = _NOTHING  # a class: its methods' facts go by `Local.method`
                    facts.update(members)
                elif name in ("", "default"):
                    # The module object (`require()`, `import * as m`): `m.helper` is the module's `helper`;
                    # `require()` of a module whose `module.exports` is a function gives that function.
                    facts[local] = summary.get("default", _NOTHING) if not name else _NOTHING
                    facts.update({f"{local}.{member}": fact for member, fact in summary.items() if member != "default"})
                else:
                    facts[local] = _NOTHING
                    if language == "python":
                        facts.update(self._take_submodule(root, path, item.spec, (name, local), depth,
                                                          modules, edges))
            if depth == 0 and self.reverse:
                facts.update(self._used_as_key(target, root, item.names, facts, modules))
        # A summary made deeper takes no reverse walk: it keeps the importers a scan of the file added.
        known = self.dependencies.get(path, frozenset()) if depth else frozenset()
        self.dependencies[path] = known | modules
        return facts

    def _used_as_key(self, target: Path, root: Path, names, facts: dict[str, ModuleFact],
                     modules: set[Path]) -> dict[str, ModuleFact]:
        """Names a scanned file imports from a module that defines a key (a literal) and that
        another importer of that module passes to Mistral as the key: `KEY_USE` under the local
        name (the editor's reverse walk; `check` adds them in its second step). The file then
        depends on those importers too (an edit of `llm.py` re-publishes it)."""
        plain = [(name, local) for name, local in names if name and facts.get(local, _NOTHING).kind == NO_MISTRAL
                 or not name and local]  # `import conf.secrets as s`: its members, `s.TOKEN`
        if not plain:
            return {}
        stamp = self._stamp(target)
        exports = self._may_export.get(stamp) if stamp is not None else None
        data = None
        if exports is None:
            data = self._read(target)
            exports = data is not None and may_export_key(data, language_for_path(target))
            if stamp is not None:
                self._may_export[stamp] = exports
        if not exports:
            return {}
        data = data if data is not None else self._read(target)
        uses = self.exported_uses(target, data, language_for_path(target), root) if data is not None else {}
        # Found or not: an edit of another importer may start or stop passing the name to Mistral.
        modules.update(importer for importer, _item in self._importers(self._real_root(root)).get(target, [])
                       [:_MAX_IMPORTERS])
        return key_use_facts(uses, plain)

    def _namespace_submodules(self, root: Path, path: Path, item: Import, depth: int,
                              modules: set[Path], edges: list) -> dict[str, ModuleFact]:
        """`from pkg import mod` where `pkg` has no `__init__.py` (a namespace package)."""
        facts: dict[str, ModuleFact] = {}
        for pair in item.names:
            facts.update(self._take_submodule(root, path, item.spec, pair, depth, modules, edges))
        return facts

    def _take_submodule(self, root: Path, path: Path, spec: str, pair: tuple[str, str], depth: int,
                        modules: set[Path], edges: list) -> dict[str, ModuleFact]:
        """`from pkg import mod`, `mod` a submodule: its facts as a module object's (`mod.helper`)."""
        name, local = pair
        if self.relevant is not None and name not in self.relevant:
            return {}  # `check`'s plan: no module of that name can have a summary (no file probes)
        submodule = self._submodule(root, path, spec, name, "python") if name else None
        if submodule is None:
            return {}
        modules.add(submodule)
        edges.append((submodule, (("", local),)))
        facts = {local: _NOTHING, **_members(self._summary(submodule, root, depth + 1), local)}
        if depth == 0 and self.reverse:
            facts.update(self._used_as_key(submodule, root, (("", local),), facts, modules))
        return facts

    def _submodule(self, root: Path, path: Path, spec: str, name: str, language: str) -> Path | None:
        """`from pkg import mod`: the submodule a Python import takes as a module object."""
        if language != "python":
            return None
        target = self._resolve(root, path, (spec if spec.endswith(".") else spec + ".") + name, "python")
        return target if target != path else None

    def _resolve(self, root: Path, importer: Path, spec: str, language: str,
                 folder: Path | None = None) -> Path | None:
        # Keyed by the importer's folder (relative specs) and the root object itself: building
        # path strings here cost as much as resolving, on every import of every file.
        key = (folder or importer.parent, spec, language, root)
        if key not in self._resolved:
            self._resolved[key] = self._resolver(root).resolve(importer, spec, language)
        return self._resolved[key]

    def _resolver(self, root: Path) -> ModuleResolver:
        resolver = self._resolvers.get(root)
        if resolver is None:
            resolver = self._resolvers[root] = ModuleResolver(root, self._realpaths)
        return resolver

    def target_names(self, folder: str, spec: str, language: str, root: Path | Callable[[], Path]) -> tuple[str, ...]:
        """`module_graph.target_names`, cached per folder and import (a folder's root is always
        the same); the root (a callable: finding it costs file lookups) is asked only for a
        JavaScript/TypeScript import that is not relative, which may use the root's aliases."""
        key = (folder, spec, language == "python")
        names = self._target_names.get(key)
        if names is None:
            if language == "python" or spec.startswith("."):
                names = target_names(folder, spec, language)
            else:
                names = self._resolver(self._real_root(root() if callable(root) else root)).target_names(
                    folder, spec, language)
            self._target_names[key] = names
        return names

    def import_names(self, path: Path, data: bytes, language: str | None,
                     root: Path | Callable[[], Path], languages: frozenset[str] = _CODE,
                     statements: tuple | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(module as written, names the file it resolves to can carry) for each import of a code
        file (of `languages`: pages and components with `PAGES`) that may name a project file:
        what `plan_relevant` needs, read from the bytes without resolving anything.
        `statements`: the file's `import_statements`, when known already."""
        if language not in languages:
            return ()
        folder = os.path.dirname(os.path.abspath(path))
        holds_top = self.tree_names.__contains__ if self.tree_names is not None and language == "python" else None
        if statements is None:
            statements = import_statements(data, language)
        specs = specs_of(statements, language, holds_top) + \
            [item.spec for item in self._auto_imports(path, language, root) + self._package_init(path, data, language)]
        if not specs:
            return ()
        cache, python = self._target_names, language == "python"  # the loop runs for every import of a tree
        out = []
        for spec in specs:
            if python and spec[0] != "." and spec[-1] != ".":
                out.append((spec, (spec.rsplit(".", 1)[-1],)))  # `target_names` of an absolute import, inline
                continue
            names = cache.get((folder, spec, python))
            if names is None:
                names = self.target_names(folder, spec, language, root)
            if names:
                out.append((spec, names))
        return tuple(out)

    def resolve_import(self, path: Path, spec: str, language: str, root: Path) -> Path | None:
        """The project file `spec`, imported by `path`, names (real path), or None."""
        return self._resolve(self._real_root(root), Path(os.path.abspath(path)), spec, language)

    def resolve_from(self, importer: Path, folder: Path, spec: str, language: str, root: Path) -> Path | None:
        """`resolve_import` for an `importer` path that is absolute already, in `folder`."""
        return self._resolve(self._real_root(root), importer, spec, language, folder)

    def import_edges(self, path: Path, root: Path) -> list[tuple[Path, tuple[tuple[str, str], ...]]]:
        """(imported project file, (name, local name) pairs) for each resolved import of `path`."""
        data, language = self._read(Path(path)), language_for_path(path)
        if data is None or language not in _CODE:
            return []
        edges: list = []  # as a scan records them: submodules taken by `from pkg import mod` too
        self._imported(Path(os.path.abspath(path)), data, language, self._real_root(root), 0, None, edges)
        return edges

    def exported_uses(self, path: Path, data: bytes, language: str | None, root: Path) -> dict[str, ModuleFact]:
        """This module's names that modules importing it pass to a Mistral client as the key (asked
        only of a module that holds a key-shaped literal)."""
        if not self.reverse or not (may_export_key(data, language) or may_log_arguments(data, language)):
            return {}
        real_root = self._real_root(root)
        index, real = self._importers(real_root), Path(os.path.realpath(path))
        importers = index.get(real) or index.get(self.replaced_file(real_root, real), [])
        return self.uses_from_importers([(importer, item.names) for importer, item in importers], real_root,
                                        lambda module: [(other, item.names) for other, item in index.get(module, [])])

    def defined_uses(self, path: Path, data: bytes, root: Path) -> dict[str, ModuleFact]:
        """A bundler config's build-time globals (`define: { __ASSIST_TOKEN__: … }`) that a module
        of the project sends to Mistral as the key: `define:NAME` -> the use. Nothing imports a
        config, so the project's code files that spell a defined name are asked (a bounded walk)."""
        if not may_define_globals(path, data):
            return {}
        names = SHIPPED_READS if is_shipped_config(path) else frozenset(DEFINED_GLOBAL.findall(data))
        real_root = self._real_root(root)
        uses: dict[str, ModuleFact] = {}
        for module in _code_files(real_root):
            if language_for_path(module) == "python" or module == path:
                continue
            text = self._read(module)
            if text is not None and any(name in text for name in names):
                found = self._summary_pair(module, real_root, 1)[1]
                uses.update({k: v for k, v in found.items() if k.startswith(DEFINE_PREFIX) and k not in uses})
        return uses

    def handed_builders(self, path: Path, root: Path) -> frozenset[str]:
        """The generic keyed-header builders a module defines (`RETURNS_HEADERS` with
        `HANDED_DETAIL`: `buildHeaders(key)`, or `SENT_DETAIL`: `authHeaders()`), by name."""
        summary = self._summary(Path(path), self._real_root(root), 0)
        return frozenset(name for name, fact in summary.items()
                         if fact.kind == RETURNS_HEADERS and fact.detail in (HANDED_DETAIL, SENT_DETAIL))

    def replaced_file(self, root: Path, path: Path) -> Path | None:
        """The file a build swaps `path` in for (Angular's `fileReplacements` in angular.json:
        `environment.prod.ts` replaces the `environment.ts` every service imports)."""
        if root not in self._replacements:
            self._replacements[root] = angular_replacements(root)
        return self._replacements[root].get(path)

    def uses_from_importers(self, importers: list[tuple[Path, tuple[tuple[str, str], ...]]],
                            root: Path, importers_of: Callable[[Path], list] | None = None,
                            hops: int = _CARRY_HOPS) -> dict[str, ModuleFact]:
        """What the importers of a module do with the names they take from it: those they pass to
        a Mistral client as the key, by the module's own name for them. `importers_of` gives a
        module's importers: an importer that only puts a name into the headers its functions
        return (`CARRIES_KEY`) passes it on where its own importers send those to Mistral."""
        real_root = self._real_root(root)
        uses: dict[str, ModuleFact] = {}
        for importer, names in importers[:_MAX_IMPORTERS]:
            if language_for_path(importer) == "html":  # a page: its scripts share their globals
                uses.update({k: v for k, v in self.page_global_uses(Path(importer), real_root).items() if k not in uses})
                continue
            module_uses = self._summary_pair(Path(importer), real_root, 1)[1]
            if importers_of is not None and hops > 0:
                module_uses = {**self._carried_uses(Path(importer), real_root, importers_of, hops), **module_uses}
            uses.update({k: v for k, v in _argument_uses(module_uses, names).items() if k not in uses})
            for name, local in names:
                if name and local in module_uses:
                    uses.setdefault(name, module_uses[local])
                elif name:  # `environment.apiToken`: a field of an object the module exports
                    fields = _class_members(module_uses, [k for k in module_uses if "." in k], local, name)
                    uses.update({k: v for k, v in fields.items() if k not in uses})
                elif not name:
                    uses.update({k: v for k, v in _member_uses(module_uses, local).items() if k not in uses})
        return uses

    def _carried_uses(self, module: Path, root: Path, importers_of: Callable[[Path], list],
                      hops: int) -> dict[str, ModuleFact]:
        """The names `module` imports and puts into the headers its functions return, where a
        module importing one of those functions sends what it returns to Mistral (`SENT_MARK`)."""
        summary = self._summary_pair(module, root, 1)[0]
        carriers = {name[:-len(CARRIES_MARK)]: fact.detail.split(",") for name, fact in summary.items()
                    if fact.kind == CARRIES_KEY and name.endswith(CARRIES_MARK)}
        if not carriers:
            return {}
        sent = self.uses_from_importers(importers_of(module), root, importers_of, hops - 1)
        out: dict[str, ModuleFact] = {}
        for function, names in carriers.items():
            fact = sent.get(function + SENT_MARK)
            if fact is not None:
                out.update({name: replace(fact, kind=KEY_USE) for name in names if name not in out})
        return out

    def bus_handler_facts(self, data: bytes, root: Path, handlers: list[Path] | None = None,
                          path: Path | None = None) -> dict[str, ModuleFact]:
        """`X.execute` facts of the project's CQRS handlers (`handlers`, else those the importer
        walk found, which the editor's `path` then depends on) for the commands `data` makes (`new X(`)."""
        def made_here(name: str, fact: ModuleFact) -> bool:
            command = name[:-len(".execute")] if name.endswith(".execute") else None
            return bool(command) and fact.kind in (REACHES_MISTRAL, CATCHES_MISTRAL) and \
                re.search(rb"\bnew\s+" + re.escape(command.encode()) + rb"\s*\(", data) is not None
        return self._joined_facts(root, handlers, path, self._handlers_by_root, made_here)

    def queue_worker_facts(self, data: bytes, root: Path, workers: list[Path] | None = None,
                           path: Path | None = None) -> dict[str, ModuleFact]:
        """`queue:<name>` (`arq-job:<name>`) facts of the project's queue (arq) workers (`workers`,
        else those the importer walk found, which the editor's `path` then depends on) that fail
        jobs with a Mistral error, for the queues whose name `data` quotes (`new Queue("reports")`)."""
        def quoted_here(name: str, fact: ModuleFact) -> bool:
            queue = _queue_or_job_name(name)
            # A BullMQ queue imported from another module is not quoted here: its summary names
            # it (`QUEUE_OBJECT`), and the rule matches the names itself.
            return bool(queue) and fact.kind == FAILS_QUEUE_JOBS and (
                re.search(rb"""['"`]""" + re.escape(queue) + rb"""['"`]""", data) is not None
                or name.startswith(QUEUE_PREFIX) and contains_any(data, _JOB_GETTERS))
        return self._joined_facts(root, workers, path, self._workers_by_root, quoted_here)

    def _joined_facts(self, root: Path, modules: list[Path] | None, path: Path | None,
                      by_root: dict[Path, list[Path]], wanted: Callable[[str, ModuleFact], bool]
                      ) -> dict[str, ModuleFact]:
        """The facts of `modules` (else those of `by_root` the importer walk found, which the
        editor's `path` then depends on) that `wanted` keeps: a join no import makes."""
        real_root = self._real_root(root)
        if modules is None:
            self._importers(real_root)  # its walk lists them
            modules = by_root[real_root]
            self._depend(path, modules)
        out: dict[str, ModuleFact] = {}
        for module in modules[:_MAX_IMPORTERS]:
            for name, fact in self._summary(Path(module), real_root, 0).items():
                if wanted(name, fact):
                    out.setdefault(name, fact)
        return out

    def _depend(self, path: Path | None, modules: list[Path]) -> None:
        """An edit of one of `modules` re-publishes `path`'s diagnostics in the editor, though
        `path` imports none of them (the framework joins them)."""
        if path is not None and modules:
            key = Path(os.path.abspath(path))
            self.dependencies[key] = self.dependencies.get(key, frozenset()) | frozenset(modules[:_MAX_IMPORTERS])

    def page_global_uses(self, page: Path, root: Path) -> dict[str, ModuleFact]:
        """The globals the scripts a page loads send to Mistral as the key (`window.APP_CONFIG.key`),
        by their plain dotted name (`APP_CONFIG.key`): what a script of the same page defining
        them holds is the key."""
        data = self._read(page)
        uses: dict[str, ModuleFact] = {}
        for item in imports_of(data or b"", "html")[:_MAX_IMPORTERS]:
            script = self._resolve(root, page, item.spec, "html")
            if script is None or language_for_path(script) not in _ECMA:
                continue
            for name, fact in self._summary_pair(script, root, 1)[1].items():
                if name.startswith(PAGE_GLOBAL_PREFIX):
                    uses.setdefault(name[len(PAGE_GLOBAL_PREFIX):], fact)
        return uses

    def errors_forwarded_to(self, path: Path, data: bytes, language: str | None, root: Path) -> dict[str, ModuleFact]:
        """What the modules importing `path` say of Mistral errors they hand to `next()` (asked only
        of a module that defines an Express error middleware); for SvelteKit's `handleError`, what
        the project's server routes say (the framework, not an import, joins them)."""
        if self.reverse and answers_route_errors(path, data):
            real_root = self._real_root(root)
            self._importers(real_root)  # its walk lists the routes
            self._depend(path, self._routes_by_root[real_root])
            return self.forwarded_from_importers(self._routes_by_root[real_root], real_root)
        handles = may_handle_errors(data, language)
        if not self.reverse or not (handles or takes_injected_services(data, language)):
            return {}
        real_root = self._real_root(root)
        index = self._importers(real_root)

        def parents(module: Path) -> list[Path]:
            return [importer for importer, _item in index.get(Path(os.path.realpath(module)), [])]

        return self.forwarded_from_importers(parents(path), real_root, parents if handles else None)

    def forwarded_from_importers(self, importers: list[Path], root: Path,
                                 parents: Callable[[Path], list[Path]] | None = None) -> dict[str, ModuleFact]:
        """The first importer whose routes (or the routers it mounts) hand Mistral errors to
        `next()`: summarised as a scanned file is, its own imports one hop away. With `parents`,
        the importers of an importer too (a `middleware/index.ts` barrel re-exports the handler)."""
        real_root = self._real_root(root)
        level, seen = list(importers), set()
        injected: dict[str, ModuleFact] = {}  # services the direct importers hand its classes
        for depth in range(FORWARD_LEVELS):
            above = []
            for importer in level:
                if len(seen) >= _MAX_IMPORTERS or importer in seen:
                    continue
                seen.add(importer)
                summary = self._summary(Path(importer), real_root, 0)
                if depth == 0:
                    injected.update({k: v for k, v in summary.items() if k.startswith(INJECT_PREFIX) and k not in injected})
                fact = summary.get(FORWARDS_ERRORS)
                if fact is not None:
                    return {FORWARDS_ERRORS: fact, **injected}
                above += parents(importer) if parents is not None else []
            level = above
        return injected

    def _auto_imports(self, path: Path, language: str | None, root: Path | Callable[[], Path]) -> list[Import]:
        """Imports no statement makes (`ModuleResolver.auto_imports`: Nuxt's server utils), looked
        for only in a JavaScript/TypeScript file with a `server` folder in its path."""
        if language not in _ECMA or _SERVER_FOLDER not in str(path):
            return []
        real_root = self._real_root(root() if callable(root) else root)
        return self._resolver(real_root).auto_imports(Path(os.path.abspath(path)), language)

    def _package_init(self, path: Path, data: bytes, language: str | None) -> list[Import]:
        """A Python module's package `__init__` runs before it: what the package puts on a shared
        object (`config.registry.answerer = …`) reaches the module. Asked only of a module that
        calls through such a chain (`request.registry.answerer.answer(…)`), and taking no name."""
        if language != "python" or os.path.basename(path) == "__init__.py":
            return []
        folder = os.path.dirname(os.path.abspath(path))
        shares = self._package_folders.get(folder)
        if shares is None:
            shares = self._package_folders[folder] = _init_sets_attributes(os.path.join(folder, "__init__.py"))
        return [Import(".", "", "python", auto=True)] if shares and calls_shared_chain(data) else []

    def _real_root(self, root: Path) -> Path:
        if root not in self._real_roots:
            # A member of a uv workspace imports its siblings' packages: the workspace bounds it.
            self._real_roots[root] = workspace_root(Path(os.path.realpath(root)))
        return self._real_roots[root]

    def importer_heads(self, path: Path, root: Path, of: str | None = None) -> list[tuple[str, str, bytes]]:
        """The files that import `path` (or `of`, a path inside the root one of them gave): (path
        inside the root, language, first bytes)."""
        real_root = self._real_root(root)
        if of is not None:
            path = real_root / of
        out = []
        for importer in self._importer_paths(real_root, Path(os.path.realpath(path))):
            if not importer.is_relative_to(real_root):
                continue  # a link into the project from outside it
            head = self.texts(importer) or _head(importer)
            language = language_for_path(importer)
            if head is not None and language:
                out.append((importer.relative_to(real_root).as_posix(), language, head))
        return out

    def _importer_paths(self, root: Path, module: Path) -> list[Path]:
        """The files that import `module` (real paths): from `check`'s first pass where it walked
        the whole project (a module outside its plan reaches nothing of Mistral: none asked),
        else from a walk of the project."""
        if self.tree is not None and self.tree.covers(root):
            return [Path(p) for p in self.tree.importers.get(str(module), ())[:_MAX_IMPORTERS]]
        return [importer for importer, _item in self._importers(root).get(module, [])]

    def holds_front_end_files(self, root: Path) -> bool:
        """Whether the project at `root` holds a front-end file (`is_front_end_file`): from
        `check`'s first pass where it walked the whole project, else from a walk of the names of
        its files (none is read) that stops at the first."""
        real_root = self._real_root(root)
        if self.tree is not None and self.tree.covers(real_root):
            return str(real_root) in self.tree.front_end_roots
        if real_root not in self._components:
            self._components[real_root] = _holds_front_end_files(real_root)
        return self._components[real_root]

    def real_root(self, root: Path) -> Path:
        """The real folder imports of a project at `root` resolve in (a uv workspace bounds its members)."""
        return self._real_root(root)

    def _importers(self, root: Path) -> dict[Path, list[tuple[Path, Import]]]:
        """Module -> the files that import it, from one bounded walk of the project (heads only)."""
        if root not in self._importers_by_root:
            index: dict[Path, list[tuple[Path, Import]]] = {}
            routes, handlers = self._routes_by_root[root], self._handlers_by_root[root] = [], []
            workers = self._workers_by_root[root] = []
            for importer in _code_files(root):
                if SVELTEKIT_ROUTE.search(importer.as_posix()):
                    routes.append(importer)
                data = self.texts(importer) or _head(importer)
                language = language_for_path(importer)
                if handles_commands(data or b"", language):
                    handlers.append(importer)
                if runs_queue_workers(data or b"", language):
                    workers.append(importer)
                for item in imports_of(data or b"", language or "") + self._auto_imports(importer, language, root):
                    target = self._resolve(root, importer, item.spec, language)
                    if target is None and language == "python" and not item.module_object and \
                            self._resolver(root).holds_python_top(str(importer.parent), item.spec.split(".", 1)[0]):
                        self._index_submodules(index, root, importer, item)  # `from config import prod`, no __init__
                    if target is not None and target != importer:
                        index.setdefault(target, []).append((importer, item))
                        if target.name == "__init__.py":
                            self._index_submodules(index, root, importer, item)
            self._importers_by_root[root] = index
        return self._importers_by_root[root]

    def _index_submodules(self, index: dict[Path, list[tuple[Path, Import]]], root: Path, importer: Path,
                          item: Import) -> None:
        """`from pkg import mod`: the importer imports the submodule too, as a module object."""
        for name, local in item.names:
            submodule = self._submodule(root, importer, item.spec, name, "python") if name else None
            if submodule is not None:
                index.setdefault(submodule, []).append((importer, Import(f"{item.spec}.{name}", local, "python",
                                                                         module_object=True)))

    def _summary(self, path: Path, root: Path, depth: int) -> dict[str, ModuleFact]:
        return self._summary_pair(path, root, depth)[0]

    def _summary_pair(self, path: Path, root: Path, depth: int) -> tuple[dict[str, ModuleFact], dict[str, ModuleFact]]:
        """The summary of the module at `path` asked `depth` hops from a scanned file. It depends on
        `depth` (a helper of a helper that says nothing of Mistral is cut, chains stop at
        `MAX_DEPTH`, depth 0 asks other importers), so each is kept with the span of depths it holds
        at: what was asked before, and at which depth, never changes an answer (`check` and the
        editor ask in different orders). A cycle of imports ends at `MAX_DEPTH` as any chain does."""
        pair, (lowest, deepest) = self._spanned_summary(path, root, depth)
        # A summary being made one hop up holds where this one does, one hop shallower.
        self._within[0], self._within[1] = max(self._within[0], lowest - 1), min(self._within[1], deepest - 1)
        return pair

    def _spanned_summary(self, path: Path, root: Path, depth: int) -> tuple[tuple[dict, dict], tuple[int, int]]:
        if depth > MAX_DEPTH:
            return ({}, {}), (MAX_DEPTH + 1, _ANY_DEPTH)
        if self.planned is not None and self.planned.says_nothing(str(path)):
            return ({}, {}), (0, _ANY_DEPTH)
        key, data = self._content_key(path)
        if key is None:
            return ({}, {}), (0, _ANY_DEPTH)
        if depth > _HELPER_HOPS and key in self._quiet:
            return ({}, {}), (_HELPER_HOPS + 1, _ANY_DEPTH)  # known without reading it again
        spans = self._summaries.setdefault(key, [])
        for lowest, deepest, pair in spans:
            if lowest <= depth <= deepest:
                return pair, (lowest, deepest)
        data = data if data is not None else self._read(path)
        if data is None:
            return ({}, {}), (0, _ANY_DEPTH)
        # Depth 0 asks other importers (`_used_as_key`); past `MAX_DEPTH` every summary is empty.
        outer, self._within = self._within, [0, 0] if depth == 0 else [1, MAX_DEPTH]
        try:
            pair = self._summarize(path, data, root, depth, key)
            span = (self._within[0], self._within[1])
        finally:
            self._within = outer
        spans.append((*span, pair))
        return pair, span

    def _content_key(self, path: Path) -> tuple[tuple[str, str] | None, bytes | None]:
        """(path, content hash) of a module, and its bytes when they had to be read to hash them."""
        stamp = self._stamp(path)
        key = self._stamped.get(stamp) if stamp is not None else None
        if key is not None:
            return key, None
        data = self._read(path)
        if data is None:
            return None, None
        key = (str(path), hashlib.blake2b(data, digest_size=16).hexdigest())
        if stamp is not None:
            self._stamped[stamp] = key
        else:  # an editor's text: each keystroke makes a new one; only the latest is kept
            older = self._open_keys.get(path)
            if older is not None and older != key:
                self._summaries.pop(older, None)
                self._quiet.discard(older)
            self._open_keys[path] = key
        return key, data

    def _summarize(self, path: Path, data: bytes, root: Path, depth: int,
                   key: tuple[str, str]) -> tuple[dict[str, ModuleFact], dict[str, ModuleFact]]:
        language = language_for_path(path)
        if language not in _CODE:
            return {}, {}
        named_configs = self.config_files(path, data, root) if language in _CODE else {}
        # A key literal is a signal too: a settings module's pool of keys (`KEYS = ["…", "…"]`).
        # A bearer value made from a variable: a generic headers builder the caller hands the key.
        signal = _own_signal(data) or bool(named_configs) or holds_key_literal(data) \
            or may_pass_keyed_headers(data, language) or sends_error_args(data, language) \
            or uses_default_model(data, language) \
            or makes_queue(data, language) or makes_settings_store(data, language)
        if not signal and not may_forward_errors(data, language):
            self._quiet.add(key)
            if depth > _HELPER_HOPS:  # a helper of a helper of a helper that says nothing of Mistral itself
                self._within[:] = [_HELPER_HOPS + 1, _ANY_DEPTH]
                return {}, {}
            self._within[1] = min(self._within[1], _HELPER_HOPS)
        imported = self._imported(path, data, language, root, depth)
        reaches = any(f.kind in _WAKES for f in imported.values())
        if not reaches and not signal:
            return {}, {}  # nothing here can reach Mistral: no parse
        project = ProjectContext(root=str(root), rel_path=path.relative_to(root).as_posix(), imported=imported,
                                 has_view=True, config_files=named_configs)
        return summarize_module(self.display(path), data, self.settings, language=language, project=project)

    def config_files(self, path: Path, data: bytes, root: Path) -> dict[str, str]:
        """The config files `path` names by a literal next to a loader call that hold the Mistral
        key (`holdings.configs`): found beside the file or at the project root, small regular
        files inside the root only."""
        found = {}
        for name in configs.config_names(data[:_MAX_MODULE_BYTES]):
            real_root = self._real_root(root)
            for folder in (path.parent, real_root):
                candidate = Path(os.path.normpath(folder / name))
                if candidate not in self._configs:
                    self._configs[candidate] = _judge_config(candidate, real_root)
                if self._configs[candidate]:
                    found[name] = self._configs[candidate]
                    break
        return found

    def _stamp(self, path: Path) -> tuple[str, int, int] | None:
        """A file on disk, unchanged since (size and mtime): its content hash is already known.
        The editor's open text has no stamp: it is hashed each time. In `check` (no `texts`) the
        tree does not change during the run, so one stat per file is enough."""
        if self.static and path in self._stamps:
            return self._stamps[path]
        if self.texts(path) is not None:
            return None
        try:
            stat = os.stat(path)
        except OSError:
            return None
        stamp = self._stamps[path] = (str(path), stat.st_mtime_ns, stat.st_size)
        return stamp

    def _read(self, path: Path) -> bytes | None:
        text = self.texts(path)
        if text is not None:
            return text
        try:
            if path.is_symlink() or not path.is_file() or os.stat(path).st_size > _MAX_MODULE_BYTES:
                return None
            with open(path, "rb") as handle:
                return handle.read(_MAX_MODULE_BYTES + 1)
        except OSError:
            return None


# A call through an attribute of a request's or app's shared object (`request.registry.x.m(`,
# `request.app.state.x.m(`): where a package's app factory put a service. Each root is found with
# `bytes.find` and the chain matched there: one regex searched at every position cost 1.2 s on
# the synthetic tree's 8,950 Python files.
_SHARED_ROOTS = (b"request.", b"req.", b"app.", b"config.")
_SHARED_CHAIN_TAIL = re.compile(rb"\w+(?:\.\w+){2,3}\(")
_MAX_SHARED_PROBES = 64


# `config.registry.answerer = FaqAnswerer(...)`: what a package's `__init__` puts on a shared object.
_ATTRIBUTE_ASSIGNMENT = re.compile(rb"\w+\.\w+(?:\.\w+){0,2}[ \t]*=[^=]")


def _init_sets_attributes(init: str) -> bool:
    """Whether a package's `__init__.py` exists and assigns to an attribute chain: only then can
    it share an instance with its modules (most are empty or import only). Read once per folder;
    a link is not followed (it may lead out of the tree)."""
    if os.path.islink(init):
        return False
    try:
        with open(init, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return False
    return b"=" in head and _ATTRIBUTE_ASSIGNMENT.search(head) is not None


def calls_shared_chain(data: bytes) -> bool:
    for root in _SHARED_ROOTS:
        at, probes = data.find(root), 0
        while at >= 0 and probes < _MAX_SHARED_PROBES:
            before = data[at - 1:at]
            if not (before.isalnum() or before == b"_") and _SHARED_CHAIN_TAIL.match(data, at + len(root)):
                return True
            at, probes = data.find(root, at + len(root)), probes + 1
    return False


def module_signal(data: bytes, language: str | None) -> bool:
    """Whether a module's own bytes may give it a summary (see `_own_signal`; a key literal),
    or a config file it names may (`configs.config_names`: the file itself is judged only by `_summary`); a
    module without one has a summary only through a module it imports that has one."""
    if language not in _CODE:
        return False
    return _own_signal(data) or bool(configs.config_names(data[:_MAX_MODULE_BYTES])) or holds_key_literal(data) \
        or makes_queue(data, language) or uses_default_model(data, language) or makes_settings_store(data, language)


# A module's own signal (`_own_signal`): a Mistral constructor or call, the API hosts (Codestral's too), the Mistral
# key's name, a SecretStr, or litellm's `mistral/` model given a key in the same call (not a list
# of model ids). Searched at memory speed: the alternatives that begin with "mistral" are tried
# only where it stands, the rest are substrings (one expression over an SDK module cost a tenth
# of the first pass). A platform model id (`"mistral-small-latest"`) counts: an OpenAI-compatible
# client pointed at Mistral by config names Mistral nowhere else.
# A Mistral config section read by name counts too (`config.get("mistral")`, `CONF["mistral"]`,
# `settings.mistral.base_url`): its URL field is the endpoint a request goes to.
_AT_MISTRAL = re.compile(rb"mistral(?:\w*\s*\(|_?api_?key|_?key|-(?:tiny|small|medium|large|saba)\b|[\"'`]\s*[)\]])")
_SECTION_ATTRIBUTE = re.compile(rb"mistral\b(?!\s*\()")
_PLAIN_SIGNALS = (b"api.mistral.ai", b"codestral.mistral.ai", b".chat.complete", b".chat.stream", b"secretstr")
_LITELLM_SIGNAL = re.compile(rb"[\"'`]mistral/[^\"'`\n]{1,80}[\"'`][\s\S]{0,300}?api_?key"
                             rb"|api_?key[\s\S]{0,300}?[\"'`]mistral/"
                             # a constant holding the model id, or the default of its env variable
                             rb"|^[\w.]+[ \t]*=[ \t]*(?:os\.(?:getenv|environ\.get)\([^()\n]{1,80},[ \t]*)?[\"']mistral/", re.M)


def _own_signal(data: bytes) -> bool:
    if not mentions_mistral(data):
        return b"SecretStr" in data
    low = lowered(data)
    if any(part in low for part in _PLAIN_SIGNALS):
        return True
    at = low.find(b"mistral")
    while at >= 0:
        if _AT_MISTRAL.match(low, at) or at and low[at - 1] == 0x2E and _SECTION_ATTRIBUTE.match(low, at):
            return True
        at = low.find(b"mistral", at + 7)
    return b"mistral/" in low and bool(_LITELLM_SIGNAL.search(low))


def plan_relevant(signal_paths: set[str], importers, rounds: int = MAX_DEPTH) -> tuple[frozenset[str], list, set[str]]:
    """`check`'s plan before parsing: (names of the modules whose summary may say something, the
    importers among them, the real paths of all of them).

    `signal_paths` are the real paths of the modules with a signal of their own (`module_signal`);
    `importers` yields (a key, the importer's `import_names`, a resolver of one import to a real
    path or None) for the other code files. A module without a signal has a summary only through
    the modules it imports (one hop for a helper, more for a controller that forwards errors,
    `may_forward_errors`), so the importers of those modules are taken, round after round up to
    `rounds`; only imports that can name one of them are resolved. The keys of those importers
    are returned; `resolve(None)` gives an importer's real path."""
    names = set().union(*map(module_names, signal_paths)) if signal_paths else set()
    paths, hops, waiting = set(signal_paths), [], list(importers)
    for _ in range(rounds):
        found, rest = [], []
        for entry in waiting:
            (found if _imports_any(entry, names, paths) else rest).append(entry)
        if not found:
            break
        for key, _imports, resolve in found:
            hops.append(key)
            paths.add(str(resolve(None)))
            names.update(module_names(str(resolve(None))))
        waiting = rest
    return frozenset(names), hops, paths


def _imports_any(entry, names: set[str], paths: set[str]) -> bool:
    _key, imports, resolve = entry
    for spec, targets in imports:
        if not names.isdisjoint(targets):
            target = resolve(spec)
            if target is not None and str(target) in paths:
                return True
    return False


def key_use_facts(uses: dict[str, ModuleFact], pairs) -> dict[str, ModuleFact]:
    """`KEY_USE` facts for the (name, local name) pairs of an import of a module whose names
    `uses` says another importer passes to Mistral as the key; a module object (name "") gets
    them by member (`s.TOKEN`)."""
    found = {}
    for name, local in pairs:
        if name and name in uses:
            found[local] = replace(uses[name], kind=KEY_USE)
        elif not name and local:
            found.update({f"{local}.{member}": replace(fact, kind=KEY_USE) for member, fact in uses.items()
                          if "." not in member})
    return found


def _unshadowed(summary: dict[str, ModuleFact], data: bytes) -> dict[str, ModuleFact]:
    """The auto-imported names a file uses and does not declare itself (`const client = …` in a
    route is its own client, not the util's)."""
    out = {}
    for name, fact in summary.items():
        base = name.split(".", 1)[0].encode()
        if base in data and not re.search(rb"(?:const|let|var|function\*?|class)\s+" + re.escape(base) + rb"\b", data):
            out[name] = fact
    return out


def _member_uses(module_uses: dict[str, ModuleFact], local: str) -> dict[str, ModuleFact]:
    """Uses of a module object's members (`m.TOKEN` -> TOKEN)."""
    prefix = local + "."
    return {used[len(prefix):]: fact for used, fact in module_uses.items()
            if used.startswith(prefix) and "." not in used[len(prefix):].removesuffix(SENT_MARK)}


def _members(summary: dict[str, ModuleFact], local: str) -> dict[str, ModuleFact]:
    """A module object's facts by dotted name (`mod.helper`); its SecretStr fields as they are."""
    return {(member if fact.kind == SECRET_FIELD else f"{local}.{member}"): fact
            for member, fact in summary.items() if member != "default"}


def _class_members(summary: dict[str, ModuleFact], dotted: list[str], name: str, local: str) -> dict[str, ModuleFact]:
    """`Class.method` facts of an imported class, under the name the importer gives the class."""
    prefix = name + "."
    return {local + key[len(name):]: summary[key] for key in dotted if key.startswith(prefix)}


def _argument_uses(module_uses: dict[str, ModuleFact], names) -> dict[str, ModuleFact]:
    """An importer's `KEYED_ARGUMENT` uses (`trace.(arg1)`), under the imported module's own names."""
    if not any(fact.kind == KEYED_ARGUMENT for fact in module_uses.values()):
        return {}
    own = {local: name for name, local in names if name and local}
    out = {}
    for key, fact in module_uses.items():
        local, mark, rest = key.partition(KEYED_ARGUMENT_MARK)
        if fact.kind == KEYED_ARGUMENT and mark and local in own:
            out[own[local] + mark + rest] = fact
        elif fact.kind == KEYED_ARGUMENT and key.endswith(HOOKED_MARK) and key[:-len(HOOKED_MARK)] in own:
            out[own[key[:-len(HOOKED_MARK)]] + HOOKED_MARK] = fact
    return out


def wakes(facts: dict[str, ModuleFact], uses: dict[str, ModuleFact] | None = None) -> frozenset[str]:
    """The rules an import of a Mistral-reaching helper, a Mistral object or a key wakes, and
    those a name of this module sent to Mistral elsewhere wakes (the literal or public read)."""
    woken = frozenset(_WAKES[f.kind] for f in facts.values() if f.kind in _WAKES)
    if any(f.kind == RETURNS_HOLDER and any(map(AUTH_HEADER.match, f.detail.split(","))) for f in facts.values()):
        woken |= {"MK004"}  # headers returned by a helper may be logged whole (`opts`, `auth_headers()`)
    if any(f.kind == FORWARDS_ERRORS and f.detail == KEYED_FORWARD for f in facts.values()):
        woken |= {"MK004"}  # the error middleware may log the forwarded axios error whole
    if any(f.kind in (REACHES_MISTRAL, CATCHES_MISTRAL) for f in facts.values()):
        woken |= {"MK005"}  # the key handed to a Mistral helper may be logged (a settings object)
    if any(f.kind == MISTRAL_ENDPOINT for f in facts.values()):
        woken |= {"MK006"}  # a request to the endpoint may send Mistral's error back
    if any(f.kind == KEYED_CLIENT and f.detail == MISTRAL_ENDPOINT for f in facts.values()):
        woken |= {"MK002"}  # a keyed instance on the Mistral base URL: a request through it calls Mistral
    if uses and any(f.kind == KEYED_ARGUMENT for f in uses.values()):
        woken |= {"MK004"}  # a caller hands this module's function the keyed headers: it may log them
    return woken | frozenset({"MK001", "MK003"}) if uses else woken


def _code_files(root: Path):
    """The project's code files, from a walk that follows no link and stops at a bound."""
    count = 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if d not in _SKIP_DIRS and not d.startswith(".")]
        for name in files:
            if language_for_path(name) in _IMPORTING:
                count += 1
                if count > _MAX_PROJECT_FILES:
                    return
                yield Path(folder) / name


def _holds_front_end_files(root: Path) -> bool:
    """A bounded walk of the project's file names (links not followed): whether one is a
    front end's (`is_front_end_file`)."""
    count = 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if d not in _SKIP_DIRS and not d.startswith(".")]
        where = Path(folder).relative_to(root).parts
        if any(is_front_end_file((*where, name)) for name in files):
            return True
        count += len(files) + len(dirs)  # a tree of empty folders is bounded too
        if count > _MAX_PROJECT_FILES:
            return False
    return False


_MAX_ANGULAR_JSON = 512 * 1024
_MAX_REPLACEMENTS = 64


def angular_replacements(root: Path) -> dict[Path, Path]:
    """angular.json's build `fileReplacements` at `root`: {the replacement: the file it replaces},
    both inside the root (a small regular file; anything else is ignored)."""
    manifest = root / "angular.json"
    try:
        if manifest.is_symlink() or not manifest.is_file() or os.stat(manifest).st_size > _MAX_ANGULAR_JSON:
            return {}
        with open(manifest, "rb") as handle:
            data = json.loads(handle.read(_MAX_ANGULAR_JSON).decode("utf-8", "replace"))
    except (OSError, ValueError):
        return {}
    found: dict[Path, Path] = {}
    for entry in _file_replacement_entries(data):
        replace, with_ = entry.get("replace"), entry.get("with")
        if isinstance(replace, str) and isinstance(with_, str):
            source, target = Path(os.path.normpath(root / replace)), Path(os.path.normpath(root / with_))
            if source.is_relative_to(root) and target.is_relative_to(root):
                found[target] = source
    return found


def _file_replacement_entries(data: object) -> list[dict]:
    """projects.*.architect.*.configurations.*.fileReplacements[*], a bounded number of them."""
    entries: list[dict] = []
    projects = data.get("projects") if isinstance(data, dict) else None
    for project in projects.values() if isinstance(projects, dict) else ():
        targets = project.get("architect") or project.get("targets") if isinstance(project, dict) else None
        for target in targets.values() if isinstance(targets, dict) else ():
            configurations = target.get("configurations") if isinstance(target, dict) else None
            for configuration in configurations.values() if isinstance(configurations, dict) else ():
                listed = configuration.get("fileReplacements") if isinstance(configuration, dict) else None
                entries += [e for e in listed if isinstance(e, dict)] if isinstance(listed, list) else []
                if len(entries) >= _MAX_REPLACEMENTS:
                    return entries[:_MAX_REPLACEMENTS]
    return entries


def _judge_config(path: Path, root: Path) -> str:
    """What a config file holds of the Mistral key ("" for nothing, or for a file that is not a
    small regular file inside the project)."""
    try:
        if path.is_symlink() or not path.is_file() or not Path(os.path.realpath(path)).is_relative_to(root) \
                or os.stat(path).st_size > configs.MAX_CONFIG_BYTES:
            return ""
        with open(path, "rb") as handle:
            return configs.judge(handle.read(configs.MAX_CONFIG_BYTES).decode("utf-8", "replace"))
    except OSError:
        return ""


def _head(path: Path) -> bytes | None:
    """The first bytes of a file, where its imports are (links and non-files are skipped)."""
    try:
        if path.is_symlink() or not path.is_file():
            return None
        with open(path, "rb") as handle:
            return handle.read(HEAD_BYTES)
    except OSError:
        return None


# Bundler configs that paste build-time globals into the bundle (Vite, webpack, Rollup, Rspack).
_BUNDLER_CONFIG = re.compile(r"^(vite|webpack|rollup|rspack)\.config\.(js|cjs|mjs|ts|cts|mts)$")


def is_bundler_config(path: Path | str) -> bool:
    return _BUNDLER_CONFIG.match(os.path.basename(path)) is not None


def is_shipped_config(path: Path | str) -> bool:
    """A framework config whose section browser code reads by field name (`SHIPPED_CONFIG`)."""
    return SHIPPED_CONFIG.match(os.path.basename(path)) is not None


def may_define_globals(path: Path, data: bytes) -> bool:
    """A bundler config that defines a `__NAME__` global (`define`, `DefinePlugin`), or a
    framework config with a section it ships to browser code (Docusaurus, Stencil)."""
    if is_shipped_config(path):
        return b"customFields" in data or b"env" in data
    return is_bundler_config(path) and b"efine" in data and DEFINED_GLOBAL.search(data) is not None


def may_export_key(data: bytes, language: str | None) -> bool:
    """A module that may define what another sends to Mistral as the key: a key-shaped literal,
    or a bundler-public variable read."""
    return language in _CODE and (holds_key_literal(data) or reads_public_env(data, language))


# A log call's mark: a module without one cannot log the headers a caller hands it.
_LOG_MARKS = swept_set(b"console.", b"log.", b"logger.", b"logging.", b"print(")


# What headers or request options holding a key carry (`KEYED_ARGUMENT`'s caller builds them):
# a bearer value made from a variable, or a key header. A bare "Authorization" is in every SDK.
_BEARER_MARKS = swept_set(b"Bearer ${", b"Bearer {", b'Bearer " +', b"Bearer ' +", b'Bearer "+', b"Bearer '+",
                          b"Bearer %s", b"bearer ${", b"bearer {")
_KEY_HEADER_MARKS = swept_set(b"pi-key", b"PI-KEY", b"pi-Key")


def may_pass_keyed_headers(data: bytes, language: str | None) -> bool:
    """A module that may hand keyed headers or request options to another module's function:
    only its imports make a logging module worth asking (`may_log_arguments`)."""
    if language not in _CODE:
        return False
    return contains_any(data, _BEARER_MARKS) or contains_any(data, _KEY_HEADER_MARKS)


def may_log_arguments(data: bytes, language: str | None) -> bool:
    """A module that may log what a caller hands its functions (the keyed headers or request
    options another module passes: `KEYED_ARGUMENT`)."""
    return language in _CODE and contains_any(data, _LOG_MARKS)


_HONO_ERRORS = swept(b".onError(")[0]
# The `req, res` of `ERROR_MIDDLEWARE`'s signature, led by a literal the engine scans for: that
# expression begins with `(`, tried at every parenthesis of a file (asked of every file of a tree).
_MIDDLEWARE_ARGS = re.compile(rb"req\w*\s*(?::[^,()]{1,80})?,\s*_?res")


def may_handle_errors(data: bytes, language: str | None) -> bool:
    """The bytes define an Express error middleware (`(err, req, res, next)`), Koa's or Hono's, or a
    python-telegram-bot application error handler."""
    if language == "python":
        return may_handle_bot_errors(data)
    return language in _CODE and language != "python" and (
        contains(data, b"req") and bool(_MIDDLEWARE_ARGS.search(data)) and bool(ERROR_MIDDLEWARE.search(data))
        or contains(data, b"next") and bool(KOA_ERROR_MIDDLEWARE.search(data))
        or contains(data, _HONO_ERRORS) and contains(data, b"hono"))


def takes_injected_services(data: bytes, language: str | None) -> bool:
    """A Python class keeping a service its constructor is given (`rules/injected_services.py`):
    what the service is, only the modules building the class say. Their direct importers are
    asked, not an error middleware's levels of importers (a client kept on `self` is in every SDK
    module)."""
    return language == "python" and may_take_injected_service(data)


def answers_route_errors(path: Path | str, data: bytes) -> bool:
    """SvelteKit's `handleError` hook (`src/hooks.server.ts`): every server route's escaping error
    reaches it, though no route imports it."""
    return b"handleError" in data and bool(SVELTEKIT_HOOKS.search(Path(path).as_posix()))


# NestJS CQRS: `commandBus.execute(new SummarizeCommand(…))` runs the class decorated
# `@CommandHandler(SummarizeCommand)`, which no import of the dispatcher names: the handler is found
# by the command's name (its module's summary gives `SummarizeCommand.execute`).
_DISPATCH = re.compile(rb"\.execute\(\s*new\s")
_DISPATCH_MARK = swept(b".execute(")[0]
_HANDLER_MARKS = swept_set(b"@CommandHandler(", b"@QueryHandler(")


def dispatches_commands(data: bytes, language: str | None) -> bool:
    return language in _ECMA and contains(data, _DISPATCH_MARK) and bool(_DISPATCH.search(data))


def handles_commands(data: bytes, language: str | None) -> bool:
    return language in _ECMA and contains_any(data, _HANDLER_MARKS)


# BullMQ's `new Worker(name, processor)`, Bull's `queue.process(processor)`; a status route reading
# what a failed job threw (`job.failedReason`, `job.stacktrace`). The queue's name joins them.
_WORKER_MARKS = swept_set(b"Worker(", b".process(")
_FAILURE_MARKS = swept_set(b"failedReason", b"stacktrace")
_JOB_GETTERS = swept_set(b".getJob(", b".fromId(")
_BULL = swept(b"bull")[0]
# A module that makes a BullMQ queue: its summary names the queue for the routes importing it.
_QUEUE_MADE = swept(b"Queue(")[0]


def makes_queue(data: bytes, language: str | None) -> bool:
    """A module that may make a BullMQ (or Bull) queue (`new Queue("reports")`)."""
    return language in _ECMA and contains(data, _QUEUE_MADE) and contains(data, _BULL)


# A settings store (WXT's `storage.defineItem`, a zustand store) with a key-named
# field: the user's own key, which the module need not say is Mistral's (`STORED_SETTINGS`).
_STORE_MADE = swept_set(b"defineItem", b"zustand")
_STORE_KEY_FIELD = re.compile(rb"(?i)(?:api_?key|apikey|api_?token|auth_?key)[\"']?\s*[:?]")


def makes_settings_store(data: bytes, language: str | None) -> bool:
    return language in _ECMA and contains_any(data, _STORE_MADE) and bool(_STORE_KEY_FIELD.search(data))


def runs_queue_workers(data: bytes, language: str | None) -> bool:
    if language == "python":
        return registers_arq_jobs(data)
    return language in _ECMA and contains(data, _BULL) and contains_any(data, _WORKER_MARKS)


def reads_job_failures(data: bytes, language: str | None) -> bool:
    if language == "python":
        return reads_arq_results(data)
    # A route reading a job of a queue another module makes names no "bull": its `getJob` does.
    return language in _ECMA and contains_any(data, _FAILURE_MARKS) and (
        contains(data, _BULL) or contains_any(data, _JOB_GETTERS))


# Frameworks with a process-wide default model that an importer may set to Mistral (DSPy, LlamaIndex).
_DEFAULT_MODEL_FRAMEWORKS = swept_set(b"import dspy", b"from dspy", b"llama_index")


def uses_default_model(data: bytes, language: str | None) -> bool:
    """A Python module using DSPy or LlamaIndex: its programs and engines run on the default model an
    importer may set (`FRAMEWORK_PROGRAM`)."""
    return language == "python" and contains_any(data, _DEFAULT_MODEL_FRAMEWORKS)


def sends_error_args(data: bytes, language: str | None) -> bool:
    """A module defining a function handed the response and an error (`handleError(res, err)`):
    it may send the error's text to the client (`SENDS_ERROR_ARG`). Its summary is asked by the
    files importing it that are scanned anyway; it makes none of its importers part of `check`'s
    plan. (A helper returning the error's text, `return handleRouteError(err)` in a route, is
    seen in the route itself.)"""
    return language in _ECMA and contains(data, b"res") and bool(RESPONDER_PARAMS.search(data))


def _queue_or_job_name(fact_name: str) -> bytes:
    """The queue's (BullMQ) or job's (arq) name a worker's fact is kept under, else b""."""
    for prefix in (QUEUE_PREFIX, ARQ_JOB_PREFIX):
        if fact_name.startswith(prefix):
            return fact_name[len(prefix):].encode()
    return b""


def may_forward_errors(data: bytes, language: str | None) -> bool:
    """A controller that may hand an error to Express's error middleware (`catch (e) { next(e) }`,
    `.catch(next)`, `asyncHandler(…)`): app -> router -> controller -> service is one hop longer
    than a helper chain. So does a python-telegram-bot handler module (`rules/bot_errors.py`)."""
    if language == "python":
        return may_run_bot_handlers(data)
    return language in _CODE and (
        b"next(" in data and b"catch" in data or b".catch(next)" in data or names_async_wrapper(data))

# Bundler-public variable prefixes (NEXT_PUBLIC_, EXPO_PUBLIC_ ... end in PUBLIC_): a module
# reading one may hand it to another that sends it to Mistral.
_PUBLIC_MARKS = swept_set(*(p.encode() for p in PUBLIC_ENV_NAMES if p == "PUBLIC_" or not p.endswith("PUBLIC_")))


def reads_public_env(data: bytes, language: str | None, end: int | None = None) -> bool:
    """A bundler-public variable's prefix in the bytes, up to `end` (substring tests: this runs
    on every file; a bound instead of a slice copies nothing)."""
    end = len(data) if end is None else end
    return language in _CODE and contains_any_before(data, _PUBLIC_MARKS, end)
