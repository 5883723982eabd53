"""The I/O side of a scan: finding files, reading them safely, and the project facts around them.

The engine never touches the disk; this module gathers what it needs (text, the project's
manifests, whether git ignores a file) and hands it over as plain values.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from mistral_keyguard.first_pass_cache import content_key, entry_of
from mistral_keyguard.files import (  # noqa: F401  (callers read them here)
    SKIP_DIRS, FileRead, GitIgnore, NotRegularFile, TooLarge, frame_lines, is_env_file, read_regular, read_source,
    read_text_file, walk,
)
from mistral_keyguard.holdings.configs import (
    FOR_ROOT_WORD, NODE_CONFIG_FOLDER, config_names, factory_key_sections, loaded_factories,
    node_config_key_sections, registered_key_sections,
)
from mistral_keyguard.holdings.objects import flask_config_holds_key, flask_config_marks
from mistral_keyguard.rules.element_keys import defined_elements
from mistral_keyguard.output.report import READ_ERROR, is_read_error  # noqa: F401  (read here by callers)
from mistral_keyguard.known_keys import prefilter_sees_keys, token_hashes
from mistral_keyguard.prefilter import holds_key_literal, holds_token_run, is_generated, may_hold_token
from mistral_keyguard.engine import ProjectContext, ScanResult, might_match, scan
from mistral_keyguard.fixes import attach_fixes
from mistral_keyguard.fixes.paths import ENTRY_CANDIDATES
from mistral_keyguard.fixes.project import PROBE_PATHS
from mistral_keyguard.project_view import (
    PAGES, ProjectView, answers_route_errors, dispatches_commands, handles_commands, may_define_globals,
    may_handle_errors, may_log_arguments, may_pass_keyed_headers, module_signal, reads_job_failures, reads_public_env,
    takes_injected_services,
    runs_queue_workers, sends_error_args, wakes,
)
from mistral_keyguard.languages import language_for_path, sniffed_language
from mistral_keyguard.module_graph import import_statements
from mistral_keyguard.safe_git import run_git
from mistral_keyguard.settings import Settings

# Files whose content tells what kind of project this is (frameworks, bundlers, dependencies).
MANIFEST_NAMES = (
    "package.json", "vite.config.js", "vite.config.ts", "vite.config.mjs", "vue.config.js",
    "svelte.config.js", "angular.json", "index.html", "next.config.js", "next.config.mjs",
    "next.config.ts", "nuxt.config.ts", "nuxt.config.js", "app.json", "requirements.txt",
    "pyproject.toml", "gatsby-config.js", "manifest.json", "ember-cli-build.js",
    "webpack.config.js", "webpack.config.cjs", "webpack.config.mjs", "webpack.config.ts",
    "wrangler.toml", "wrangler.jsonc", "wrangler.json", "manifest.xml",
)
# A folder holding one of these is the root of a project (a repository of its own).
ROOT_MARKERS = (".git", ".gitignore", "package.json", "pyproject.toml", "requirements.txt")
# Where a module reads the bundler-public variables it exports (configuration modules are short).
_CONFIG_HEAD = 64 * 1024
_CODE_WITH_CONFIGS = frozenset({"python", "javascript", "typescript", "tsx"})
_MAX_MANIFEST = 256 * 1024


# Environment variables that change where git finds the repository of a folder.
_GIT_DISCOVERY = ("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES",
                  "GIT_DISCOVERY_ACROSS_FILESYSTEM")


def _tracked_files(root: str) -> frozenset[str] | None:
    """Files git tracks in the repository of `root` (a superset of those under it), or None when
    `root` is not in a git work tree (`ProjectIndex.tracked_files`, uncached)."""
    return ProjectIndex().tracked_files(root)


def _repository_folder(root: str) -> str | None:
    """The nearest folder at or above `root` holding a `.git` entry, or None."""
    for folder in (root, *map(str, Path(root).parents)):
        if os.path.lexists(os.path.join(folder, ".git")):
            return folder
    return None


@lru_cache(maxsize=256)
def _tracked_under(root: str) -> frozenset[str] | None:
    top = run_git(root, "rev-parse", "--show-toplevel", timeout=10)
    if top is None or top.returncode != 0:
        return None
    out = run_git(root, "ls-files", "-z", "--full-name")
    if out is None or out.returncode != 0:
        return None
    git_top = Path(os.fsdecode(top.stdout.strip()))
    return frozenset(str((git_top / os.fsdecode(p)).resolve())
                     for p in out.stdout.split(b"\0") if p)


def forget_tracked_files() -> None:
    """After `git rm --cached` (an applied fix), the next scan asks git again."""
    _tracked_under.cache_clear()


def _git_ignores(path: Path) -> bool:
    out = run_git(str(path.parent), "check-ignore", "-q", "--", path.name, timeout=10)
    return out is not None and out.returncode == 0


def project_root(path: Path, stop: Path | None = None) -> Path:
    """The nearest folder above `path` that looks like the root of a repository or package."""
    folder = path if path.is_dir() else path.parent
    for candidate in [folder, *folder.parents]:
        if any((candidate / marker).exists() for marker in ROOT_MARKERS):
            return candidate
        if stop is not None and candidate == stop:
            break
    return folder


_MAX_IGNORE_LEVELS = 8


def ignore_top(root: Path) -> Path:
    """The folder whose `.gitignore` is the outermost to apply to `root` outside a git work tree.

    A package of a monorepo (`apps/api/package.json`) sits below the repository's root
    `.gitignore`, which still applies to it: climb to the outermost ancestor that holds a
    `.gitignore`, stopping at a `.git` folder (the repository's top), the home folder and a
    bounded number of levels."""
    top = root
    home = Path.home()
    for level, candidate in enumerate(root.parents):
        if level >= _MAX_IGNORE_LEVELS or candidate == home or candidate.parent == candidate:
            break
        if (candidate / ".gitignore").is_file():
            top = candidate
        if (candidate / ".git").exists():
            break
    return top


@dataclass
class ProjectIndex:
    """Caches project facts per root folder during one scan."""

    gitignore: GitIgnore = field(default_factory=GitIgnore)
    _manifests: dict[Path, dict[str, str]] = field(default_factory=dict)
    _mistral_roots: dict[Path, bool] = field(default_factory=dict)
    _flask_roots: dict[Path, bool] = field(default_factory=dict)
    _elements: dict[Path, dict[str, list[bytes]]] = field(default_factory=dict)
    _key_sections: dict[Path, frozenset[str]] = field(default_factory=dict)
    _fix_facts: dict[Path, dict] = field(default_factory=dict)
    _roots: dict[Path, Path] = field(default_factory=dict)
    _marked: dict[Path, Path | None] = field(default_factory=dict)
    _ignore_tops: dict[Path, Path] = field(default_factory=dict)
    _marked_by_name: dict[str, Path | None] = field(default_factory=dict)
    _repositories: dict[str, str | None] = field(default_factory=dict)
    _real_folders: dict[str, str] = field(default_factory=dict)

    def root_for(self, path: Path) -> Path:
        """`project_root`, cached per folder: many files share one."""
        folder = path.parent
        if folder not in self._roots:
            self._roots[folder] = self.marked_ancestor(folder) or folder
        return self._roots[folder]

    def marked_ancestor_of(self, folder: str) -> Path | None:
        """`marked_ancestor` of a folder given as an absolute path string, cached by the string
        (the first pass asks it for many files of each folder)."""
        if folder not in self._marked_by_name:
            self._marked_by_name[folder] = self.marked_ancestor(Path(folder))
        return self._marked_by_name[folder]

    def marked_ancestor(self, folder: Path) -> Path | None:
        """The nearest folder at or above `folder` with a root marker, or None. Each folder is
        looked at once: a tree without markers is not walked up to `/` again from every folder."""
        chain: list[Path] = []
        current = folder
        while True:
            if current in self._marked:
                found = self._marked[current]
                break
            chain.append(current)
            if any((current / marker).exists() for marker in ROOT_MARKERS):
                found = current
                break
            if current.parent == current:
                found = None
                break
            current = current.parent
        for seen in chain:
            self._marked[seen] = found
        return found

    def ignore_top_for(self, root: Path) -> Path:
        """`ignore_top`, cached per project root."""
        if root not in self._ignore_tops:
            self._ignore_tops[root] = ignore_top(root)
        return self._ignore_tops[root]

    def manifests(self, root: Path) -> dict[str, str]:
        if root not in self._manifests:
            found = {}
            for name in MANIFEST_NAMES:
                text = read_text_file(root / name, _MAX_MANIFEST)
                if text is not None:
                    found[name] = text
            self._manifests[root] = found
        return self._manifests[root]

    def fix_facts(self, root: Path) -> dict:
        """What fixes need to know about the project root: `.env*` and `.gitignore` text, and
        which of the paths a fix may create or edit already exist."""
        if root not in self._fix_facts:
            env_files: dict[str, str] = {}
            try:
                names = sorted(p.name for p in root.iterdir() if is_env_file(p.name))
            except OSError:
                names = []
            for name in names:
                text = read_text_file(root / name)
                if text is not None:
                    env_files[name] = text
            gitignore = read_text_file(root / ".gitignore")
            existing = frozenset(rel for rel in PROBE_PATHS if (root / rel).exists())
            self._fix_facts[root] = {"env_files": env_files, "gitignore_text": gitignore,
                                     "existing_files": existing, "entry_files": _entry_files(root)}
        return self._fix_facts[root]

    def mentions_mistral(self, root: Path) -> bool:
        """Whether any file of the project (bounded walk, small files) mentions Mistral."""
        if root not in self._mistral_roots:
            self._mistral_roots[root] = _tree_mentions_mistral(root)
        return self._mistral_roots[root]

    def flask_config_holds_key(self, root: Path) -> bool:
        """Whether the project's Flask app config holds the key (bounded walk of its Python files)."""
        if root not in self._flask_roots:
            self._flask_roots[root] = _tree_flask_config_holds_key(root)
        return self._flask_roots[root]

    def config_section_holds_key(self, root: Path, section: str) -> bool:
        """Whether the project registers a config section of that name holding the key (NestJS
        `registerAs`, node-config's `config/*.json`): bounded walk, once per root."""
        if root not in self._key_sections:
            self._key_sections[root] = _tree_key_sections(root)
        return section in self._key_sections[root]

    def element_takes_key(self, root: Path, tag: str, prop: str, attribute: str) -> bool:
        """Whether a module of the project that names Mistral defines the custom element `tag`
        with the property `prop` or the attribute itself (`@Prop() apiKey`, `"api-key"`)."""
        if root not in self._elements:
            self._elements[root] = _tree_custom_elements(root)
        return any(prop.encode() in data or attribute.encode() in data for data in self._elements[root].get(tag, ()))

    def real_path(self, path: Path) -> Path:
        """`path.resolve()`, with each folder's real path found once (a file of a deep tree cost
        a system call per level of its path, for every file scanned)."""
        return Path(self.real_text(os.path.abspath(path)))

    def real_text(self, path: str) -> str:
        """`os.path.realpath(path)`, each folder's found once (`real_path` without a `Path`)."""
        if os.path.islink(path):
            return os.path.realpath(path)
        folder, name = os.path.split(os.path.abspath(path))
        real = self._real_folders.get(folder)
        if real is None:
            real = self._real_folders[folder] = os.path.realpath(folder)
        return os.path.join(real, name)

    def tracked_files(self, root: str) -> frozenset[str] | None:
        """Files git tracks in the repository of `root` (a superset of those under it), or None
        when `root` is not in a git work tree. Asked once per repository, not per project
        folder: a monorepo has hundreds of those, and no `.git` above a folder needs no git
        process at all. The repository of each root is looked for once."""
        if any(name in os.environ for name in _GIT_DISCOVERY):
            return _tracked_under(root)  # git alone knows where the repository is
        if root not in self._repositories:
            self._repositories[root] = _repository_folder(root)
        folder = self._repositories[root]
        return _tracked_under(folder) if folder is not None else None

    def context(self, path: Path) -> ProjectContext:
        path = self.real_path(path)
        root = self.root_for(path)
        tracked = self.tracked_files(str(root))
        is_tracked = tracked is not None and str(path) in tracked
        if tracked is not None and not is_tracked and is_env_file(path.name):
            # In a work tree git itself decides (.gitignore above the project root, info/exclude).
            ignored = _git_ignores(path)
        else:
            ignored = (not is_tracked) and self.gitignore.ignored(path, self.ignore_top_for(root))
        return ProjectContext(
            root=str(root),
            rel_path=path.relative_to(root).as_posix(),
            manifests=self.manifests(root),
            git_ignored=ignored,
            git_tracked=is_tracked,
            mistral_probe=lambda: self.mentions_mistral(root),
            flask_config_probe=lambda: self.flask_config_holds_key(root),
            config_section_probe=lambda section: self.config_section_holds_key(root, section),
            element_probe=lambda tag, prop, attribute: self.element_takes_key(root, tag, prop, attribute),
            **self.fix_facts(root),
        )


_PROBE_MAX_FILES = 2000
_PROBE_MAX_SIZE = 512 * 1024


def _tree_mentions_mistral(root: Path) -> bool:
    seen = 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for name in files:
            seen += 1
            if seen > _PROBE_MAX_FILES:
                return False
            try:
                if b"mistral" in read_regular(Path(folder) / name, _PROBE_MAX_SIZE).lower():
                    return True
            except OSError:
                continue
    return False


def _tree_flask_config_holds_key(root: Path) -> bool:
    marks: set[str] = set()
    seen = 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for name in files:
            if not name.endswith(".py"):
                continue
            seen += 1
            if seen > _PROBE_MAX_FILES:
                return False
            try:
                marks |= flask_config_marks(read_regular(Path(folder) / name, _PROBE_MAX_SIZE))
            except OSError:
                continue
            if flask_config_holds_key(marks):
                return True
    return False


def _tree_key_sections(root: Path) -> frozenset[str]:
    """The config sections the project registers by name that hold the key."""
    found: set[str] = set()
    seen = 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        node_config = Path(folder) == root / NODE_CONFIG_FOLDER
        for name in files:
            if not name.endswith(_SECTION_SOURCES) or name.endswith(".json") and not node_config \
                    or os.path.islink(os.path.join(folder, name)):
                continue
            seen += 1
            if seen > _PROBE_MAX_FILES:
                return frozenset(found)
            try:
                data = read_regular(Path(folder) / name, _PROBE_MAX_SIZE)
            except OSError:
                continue
            if name.endswith(".json"):
                found |= node_config_key_sections(name, data.decode("utf-8", "replace"))
                continue
            if b"registerAs(" in data:
                found |= registered_key_sections(data)
            if FOR_ROOT_WORD in data:
                found |= _loaded_factory_sections(root, Path(folder), data)
    return frozenset(found)


_FACTORY_SUFFIXES = ("", ".ts", ".js", ".mjs", "/index.ts", "/index.js")


def _loaded_factory_sections(root: Path, folder: Path, data: bytes) -> set[str]:
    """The key-holding sections of the config factories a `ConfigModule.forRoot({ load })` of this
    module loads (each found by its relative import, inside the root)."""
    found: set[str] = set()
    for name, spec, default in loaded_factories(data)[:16]:
        for suffix in _FACTORY_SUFFIXES:
            path = Path(os.path.normpath(folder / (spec + suffix)))
            if root not in path.parents or not path.is_file() or \
                    Path(os.path.realpath(root)) not in Path(os.path.realpath(path)).parents:
                continue  # outside the root, or a link out of it
            try:
                found |= factory_key_sections(read_regular(path, _PROBE_MAX_SIZE), name, default)
            except OSError:
                pass
            break
    return found


_SECTION_SOURCES = (".ts", ".js", ".mjs", ".cjs", ".json")


def _tree_custom_elements(root: Path) -> dict[str, list[bytes]]:
    """The custom elements the project's modules that name Mistral define, by tag (bounded walk)."""
    found: dict[str, list[bytes]] = {}
    seen = 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for name in files:
            if not name.endswith(_ELEMENT_SOURCES):
                continue
            seen += 1
            if seen > _PROBE_MAX_FILES:
                return found
            try:
                data = read_regular(Path(folder) / name, _PROBE_MAX_SIZE)
            except OSError:
                continue
            for tag in defined_elements(data):
                found.setdefault(tag, []).append(data)
    return found


_ELEMENT_SOURCES = (".js", ".mjs", ".ts", ".tsx", ".jsx")


def _entry_files(root: Path) -> dict[str, str]:
    """Text of the server entry points a fix may wire a new route into."""
    names = list(ENTRY_CANDIDATES)
    try:
        main = json.loads(read_text_file(root / "package.json", _MAX_MANIFEST) or "{}").get("main")
    except (ValueError, AttributeError, RecursionError):
        main = None
    if isinstance(main, str) and main.strip("./") and main.strip("./") not in names:
        names.insert(0, main.strip("./"))
    found = {}
    for rel in names:
        text = read_text_file(root / rel, _MAX_MANIFEST)
        if text is not None:
            found[rel] = text
    return found


def package_dependencies(manifests: dict[str, str]) -> set[str]:
    """Dependency names from package.json (dependencies of every kind)."""
    try:
        data = json.loads(manifests.get("package.json", "") or "{}")
    except ValueError:
        return set()
    deps: set[str] = set()
    if isinstance(data, dict):
        for key in ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies"):
            if isinstance(data.get(key), dict):
                deps |= set(data[key])
    return deps


@dataclass
class Sifted:
    """`sift_file`'s answer: the file's result when no rule's prefilter wants it (final unless the
    project view wakes a rule), and what `check`'s plan needs to know of it."""

    result: ScanResult
    matched: bool = False  # some rule's prefilter wants it: it is parsed
    size: int = 0
    signal: bool = False  # `project_view.module_signal`
    imports: tuple[tuple[str, tuple[str, ...]], ...] = ()  # `ProjectView.import_names`
    # The imports of a page or component (HTML, Vue, Svelte): who imports a module, for placement.
    page_imports: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Generated code no prefilter wanted: the project view wakes no rule in it either (the rules
    # about how code handles a key skip such files; a key literal in one was looked for).
    generated: bool = False
    # (`first_pass_cache.content_key`, the entry made when the cache had none), with a cache.
    memo: tuple[str, list | None] | None = None


def sift_file(path: Path, display: str, settings: Settings, index: ProjectIndex,
              view: ProjectView | None = None, known: dict[str, str] | None = None) -> Sifted:
    """The first pass of `check` over one file: read it, run the prefilters, note its key-shaped
    tokens, and, with a project `view`, what its imports can name. No parse. `known`: the
    entries of `first_pass_cache` (the file's facts, when its bytes were seen before); the
    answer's `memo` then says which entry it used or made."""
    read = read_source(path, settings.max_file_size)
    result = ScanResult(display)
    if read.text is None:
        if read.note:
            result.notes.append(read.note)
        return Sifted(result)
    data = read.text
    language = language_for_path(path) or sniffed_language(path, data)
    memo = None
    if known is not None:
        key = content_key(data, language)
        stored = known.get(key)
        entry = entry_of(stored) if stored is not None else None
        memo = (key, None) if entry is not None else None
    if memo is None:
        entry = first_pass_facts(data, language, settings, view is not None)
        memo = (key, entry) if known is not None and _storable(entry, data) else None
    matched, hashes, flags, signal, generated, statements = entry
    result.key_hashes = frozenset(hashes)
    if view is None:
        return Sifted(result, bool(matched), len(data), memo=memo)
    _note_flags(result, flags)
    root = _root_finder(path, index, view)
    if language in PAGES:
        return Sifted(result, bool(matched), len(data), memo=memo, page_imports=view.import_names(
            path, data, language, root, PAGES, statements))
    return Sifted(result, bool(matched), len(data), bool(signal),
                  view.import_names(path, data, language, root, statements=statements),
                  generated=bool(generated), memo=memo)


def _storable(entry: list, data: bytes) -> bool:
    """Whether the cache may keep a file's entry: its import statements are text of the file, and
    a key-shaped token in one (a comment inside `from m import (…)`, a URL's query in a module
    specifier) must not reach the disk."""
    if not may_hold_token(data):
        return True
    return not any(holds_token_run(text.encode("utf-8", "surrogatepass"))
                   for statement in entry[5] for text in ((statement,) if isinstance(statement, str) else statement))


# The project view's flags of a file (`first_pass_facts`), one bit each.
_FLAGS = ("may_export_key", "may_log_arguments", "passes_keyed_headers", "may_handle_errors",
          "dispatches_commands", "handles_commands", "runs_queue_workers", "reads_job_failures", "sends_error_args",
          "takes_injected_services")


def first_pass_facts(data: bytes, language: str | None, settings: Settings, with_view: bool) -> list:
    """What the first pass learns of a file from its bytes, language and the settings alone
    (what `first_pass_cache` keeps): [some prefilter wants it, hashes of its key-shaped tokens,
    the view's flags, its module signal, generated, its `import_statements`]. The key hashes
    are for the known-key pass (a failed prefilter that looks for such tokens already says
    "none"); the flags and imports for the project view's plan and second step."""
    matched = might_match(data, language, settings)
    hashes = _key_hashes(data, language, settings, matched)
    if not with_view:
        return [matched, hashes, 0, False, False, []]
    page = language in PAGES
    return [matched, hashes, _view_flags(data, language, bool(hashes)), not page and module_signal(data, language),
            not page and not matched and is_generated(data), list(import_statements(data, language))]


def _key_hashes(data: bytes, language: str | None, settings: Settings, matched: bool) -> list[str]:
    return sorted(token_hashes(data)) if matched or not prefilter_sees_keys(language, settings) else []


def _view_flags(data: bytes, language: str | None, holds_key_token: bool) -> int:
    facts = (holds_key_token and holds_key_literal(data) or reads_public_env(data, language, _CONFIG_HEAD),
             may_log_arguments(data, language), may_pass_keyed_headers(data, language),
             may_handle_errors(data, language), dispatches_commands(data, language), handles_commands(data, language),
             runs_queue_workers(data, language), reads_job_failures(data, language), sends_error_args(data, language),
             takes_injected_services(data, language))
    return sum(1 << bit for bit, fact in enumerate(facts) if fact)


def _note_flags(result: ScanResult, flags: int) -> None:
    """The project view's flags (`_FLAGS`) on the file's result: see runner.add_cross_module_uses."""
    for bit, name in enumerate(_FLAGS):
        setattr(result, name, bool(flags >> bit & 1))


def _root_finder(path: Path, index: ProjectIndex, view: ProjectView | None):
    """The root a file's imports resolve in, found when first asked (a file that imports nothing
    needs none): with no project marker above, the folder `check` was given bounds imports."""
    roots: list[Path] = []

    def root() -> Path:
        if not roots:
            folder = os.path.dirname(os.path.abspath(path))
            marked = index.marked_ancestor_of(folder)
            roots.append(marked or (view.default_root if view and view.default_root else Path(folder)))
        return roots[0]
    return root


def scan_file(path: Path, display: str, settings: Settings, index: ProjectIndex | None = None,
              language: str | None = None, *, with_fixes: bool = False,
              view: ProjectView | None = None, key_uses: dict | None = None, forwarded: dict | None = None,
              note_keys: bool = True, imported: bool = True, extra_facts: dict | None = None) -> ScanResult:
    """Read and scan one file; unreadable input becomes a note, never an exception. With a
    project `view`, the facts of the names it imports go with it, and may wake rules.
    `note_keys=False`: the caller has the key facts already (`sift_file`); `imported=False`: it
    knows that no import of the file names a module the view has facts about. `extra_facts`: what
    `check`'s second step learned of names the file imports (`project.KEY_USE`)."""
    read = read_source(path, settings.max_file_size)
    if read.text is None:
        result = ScanResult(display)
        if read.note:
            result.notes.append(read.note)
        return result
    language = language or language_for_path(path) or sniffed_language(path, read.text)
    matched = might_match(read.text, language, settings)
    index = index or ProjectIndex()
    root = _root_finder(path, index, view)
    facts = view.imported_facts(path, read.text, language, root) if view and imported else {}
    if view is not None and view.reverse and dispatches_commands(read.text, language):
        facts = {**view.bus_handler_facts(read.text, root(), path=path), **facts}  # `check`: extra_facts
    if view is not None and view.reverse and reads_job_failures(read.text, language):
        facts = {**view.queue_worker_facts(read.text, root(), path=path), **facts}  # `check`: extra_facts
    if extra_facts:
        facts = {**facts, **extra_facts}
    uses = key_uses if key_uses is not None else \
        view.exported_uses(path, read.text, language, root()) if view and view.reverse else {}
    if key_uses is None and view is not None and view.reverse and may_define_globals(path, read.text):
        uses = {**view.defined_uses(path, read.text, root()), **uses}  # the server: nothing passes them in
    handles_errors = bool(view) and (may_handle_errors(read.text, language) or answers_route_errors(path, read.text)
                                     or takes_injected_services(read.text, language))
    if forwarded is None:  # `check` passes what the importers say (its second step), the server asks
        forwarded = view.errors_forwarded_to(path, read.text, language, root()) if handles_errors and view.reverse else {}
    woken = wakes(facts, uses) | wakes(forwarded)
    named_configs = view.config_files(path, read.text, root()) if view and language in _CODE_WITH_CONFIGS \
        and config_names(read.text) else {}
    if named_configs:
        woken |= {"MK005"}  # a config dict that holds the key may be printed whole
    if not matched and not woken:
        result = ScanResult(display)  # the prefilter: no project facts, no parse
    else:
        context = index.context(path)
        if view is not None:
            context = replace(context, imported=facts, woken=woken, has_view=True, key_uses=uses,
                              config_files=named_configs, forwarded_errors=forwarded,
                              importers=lambda of=None: view.importer_heads(path, root(), of),
                              front_end_files=lambda: view.holds_front_end_files(root()))
        result = scan(display, read.text, settings, language=language, project=context,
                      fixer=attach_fixes if with_fixes else None)
    if note_keys:
        hashes = _key_hashes(read.text, language, settings, matched)
        result.key_hashes = frozenset(hashes)
        if view is not None:
            _note_flags(result, _view_flags(read.text, language, bool(hashes)))
    return result
