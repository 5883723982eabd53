"""The I/O side of a scan: finding files, reading them safely, and the project facts around them.

The engine never touches the disk; this module gathers what it needs (text, the project's
manifests, whether git ignores a file) and hands it over as plain values.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import pathspec

from mistral_keyguard.document import SourceText
from mistral_keyguard.globs import gitignore_spec
from mistral_keyguard.holdings.configs import config_names
from mistral_keyguard.output.report import READ_ERROR, is_read_error  # noqa: F401  (read here by callers)
from mistral_keyguard.known_keys import prefilter_sees_keys, token_hashes
from mistral_keyguard.engine import ProjectContext, ScanResult, might_match, scan
from mistral_keyguard.fixes import attach_fixes
from mistral_keyguard.fixes.paths import ENTRY_CANDIDATES
from mistral_keyguard.fixes.project import PROBE_PATHS
from mistral_keyguard.project_view import ProjectView, may_handle_errors, reads_public_env, wakes
from mistral_keyguard.languages import language_for_path, sniffed_language
from mistral_keyguard.safe_git import run_git
from mistral_keyguard.settings import Settings

# Files whose content tells what kind of project this is (frameworks, bundlers, dependencies).
MANIFEST_NAMES = (
    "package.json", "vite.config.js", "vite.config.ts", "vite.config.mjs", "vue.config.js",
    "svelte.config.js", "angular.json", "index.html", "next.config.js", "next.config.mjs",
    "next.config.ts", "nuxt.config.ts", "nuxt.config.js", "app.json", "requirements.txt",
    "pyproject.toml", "gatsby-config.js", "manifest.json",
)
# A folder holding one of these is the root of a project (a repository of its own).
ROOT_MARKERS = (".git", ".gitignore", "package.json", "pyproject.toml", "requirements.txt")
# Where a module reads the bundler-public variables it exports (configuration modules are short).
_CONFIG_HEAD = 64 * 1024
_CODE_WITH_CONFIGS = frozenset({"python", "javascript", "typescript", "tsx"})
SKIP_DIRS = frozenset({".git", "node_modules", ".venv", "venv", "__pycache__", ".mypy_cache",
                       ".pytest_cache", ".tox", ".hg", ".svn"})
_MAX_MANIFEST = 256 * 1024


def is_env_file(name: str) -> bool:
    return name == ".env" or name.startswith(".env.")


_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class FileRead:
    text: bytes | None
    note: str | None = None
    # The bytes were transcoded (UTF-16): offsets into `text` are not offsets into the file.
    transcoded: bool = False


class NotRegularFile(OSError):
    """A FIFO, socket, device or directory where a file was expected."""


class TooLarge(OSError):
    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Never blocks: a FIFO or device is
    opened non-blocking and refused (NotRegularFile) before anything is read; raises TooLarge
    and any OSError of the open."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(f"{path} is not a regular file")
        if info.st_size > limit:
            raise TooLarge(info.st_size)
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew since fstat
                raise TooLarge(total)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text_file(path: Path, limit: int = 1 << 20) -> str | None:
    """A small project file (manifest, .gitignore, .env) as text, or None: missing, not a regular
    file, too large or unreadable. Never blocks on a FIFO."""
    try:
        return read_regular(path, limit).decode("utf-8", "replace")
    except OSError:
        return None


def read_source(path: Path, max_size: int) -> FileRead:
    """Bytes of a text file, or a note saying why it was skipped (never raises on bad input)."""
    try:
        data = read_regular(path, max_size)
    except NotRegularFile:
        return FileRead(None, f"{path}: skipped, not a regular file")
    except TooLarge as exc:
        return FileRead(None, f"{path}: skipped, {exc.size} bytes is over the {max_size}-byte limit "
                              f"(raise max-file-size to scan it)")
    except OSError as exc:
        return FileRead(None, f"{path}: {READ_ERROR} ({exc.strerror or exc})")
    if data[:2] in _UTF16_BOMS:
        return _utf16(path, data)
    if b"\0" in data[:8192]:
        return FileRead(None, None)  # binary: silently skipped, like git grep
    if data.startswith(_UTF8_BOM):
        # Three spaces keep every byte offset, so fixes still edit the file at the right place.
        data = b"   " + data[3:]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return FileRead(None, f"{path}: skipped, not valid UTF-8 (byte {exc.start})")
    return FileRead(data)


def _utf16(path: Path, data: bytes) -> FileRead:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        return FileRead(None, f"{path}: skipped, not valid UTF-16 (byte {exc.start})")
    return FileRead(text.encode("utf-8", "surrogatepass"), transcoded=True)


def frame_lines(path: Path, max_size: int) -> list[str] | None:
    """A file's lines as the engine numbers them (at LF, CRLF and lone CR; a form feed or U+2028
    is no line break), for code frames; None when it cannot be read."""
    read = read_source(path, max_size)
    if read.text is None:
        return None
    source = SourceText(read.text)
    return [source.line_text(line) for line in range(source.line_count)]


class GitIgnore:
    """`.gitignore` rules of a tree, nested files included, matched with pathspec."""

    def __init__(self) -> None:
        self._specs: dict[Path, pathspec.PathSpec | None] = {}
        self._chains: dict[tuple[Path, Path], list] = {}

    def _spec(self, folder: Path) -> pathspec.PathSpec | None:
        if folder not in self._specs:
            spec = None
            text = read_text_file(folder / ".gitignore")
            spec = gitignore_spec(text.splitlines())[0] if text else None
            self._specs[folder] = spec
        return self._specs[folder]

    def _chain(self, folder: Path, top: Path) -> list[tuple[Path, pathspec.PathSpec]]:
        """The .gitignore specs that apply inside `folder`, outermost first (cached)."""
        key = (folder, top)
        if key not in self._chains:
            if folder == top or folder.parent == folder:
                outer: list = []
            else:
                outer = self._chain(folder.parent, top)
            spec = self._spec(folder)
            self._chains[key] = outer + [(folder, spec)] if spec is not None else outer
        return self._chains[key]

    def ignored(self, path: Path, top: Path, is_dir: bool | None = None) -> bool:
        """Whether any .gitignore between `top` and the file's folder ignores `path`."""
        if is_dir is None:
            is_dir = path.is_dir()
        verdict = False
        for folder, spec in self._chain(path.parent, top):
            rel = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
            result = spec.check_file(rel)
            if result.include is not None:
                verdict = bool(result.include)
        return verdict


# Environment variables that change where git finds the repository of a folder.
_GIT_DISCOVERY = ("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES",
                  "GIT_DISCOVERY_ACROSS_FILESYSTEM")


def _tracked_files(root: str) -> frozenset[str] | None:
    """Files git tracks in the repository of `root` (a superset of those under it), or None when
    `root` is not in a git work tree. Asked once per repository, not per project folder: a
    monorepo has hundreds of those, and no `.git` above a folder needs no git process at all."""
    if any(name in os.environ for name in _GIT_DISCOVERY):
        return _tracked_under(root)  # git alone knows where the repository is
    for folder in (root, *map(str, Path(root).parents)):
        if os.path.lexists(os.path.join(folder, ".git")):
            return _tracked_under(folder)
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
    _fix_facts: dict[Path, dict] = field(default_factory=dict)
    _roots: dict[Path, Path] = field(default_factory=dict)
    _marked: dict[Path, Path | None] = field(default_factory=dict)
    _ignore_tops: dict[Path, Path] = field(default_factory=dict)

    def root_for(self, path: Path) -> Path:
        """`project_root`, cached per folder: many files share one."""
        folder = path.parent
        if folder not in self._roots:
            self._roots[folder] = self.marked_ancestor(folder) or folder
        return self._roots[folder]

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

    def context(self, path: Path) -> ProjectContext:
        path = path.resolve()
        root = self.root_for(path)
        tracked = _tracked_files(str(root))
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


def walk(paths: list[Path], settings: Settings, notes: list[str]) -> list[Path]:
    """Files to scan under `paths`: .gitignore and excludes respected, symlinks kept inside.

    `.env*` files are collected even when git-ignored: a public variable in them still reaches
    the bundle, and the rules decide what an ignored file means.
    """
    exclude = None
    if settings.exclude:
        exclude, bad = gitignore_spec(settings.exclude)
        notes.extend(f"exclude pattern {pattern!r} is not a valid gitignore pattern; skipped" for pattern in bad)
    gitignore = GitIgnore()
    out: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        kind = _kind(given)
        if kind == "file":
            out.append(given)
        elif kind == "dir":
            out += _walk_folder(given.resolve(), gitignore, exclude, seen, notes)
        else:
            notes.append(f"{given}: {kind}")
    return out


def _kind(path: Path) -> str:
    """"file", "dir", or why `path` is neither (a note; "cannot read (...)" is an I/O error)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return "broken link; skipped" if path.is_symlink() else "no such file or directory"
    except (OSError, RuntimeError) as exc:  # ELOOP, EACCES on a parent folder ...
        if isinstance(exc, OSError) and exc.errno == errno.ELOOP:
            return "symbolic link loop; skipped"
        return f"{READ_ERROR} ({getattr(exc, 'strerror', None) or exc})"
    if stat.S_ISDIR(info.st_mode):
        return "dir"
    return "file" if stat.S_ISREG(info.st_mode) else "skipped, not a regular file"


def _walk_folder(top: Path, gitignore: GitIgnore, exclude, seen: set[Path], notes: list[str]) -> list[Path]:
    """Regular files under the resolved folder `top`; directory links are never followed (they
    may leave the tree or loop), file links only when they stay inside."""
    out: list[Path] = []

    def unreadable(exc: OSError) -> None:
        notes.append(f"{exc.filename}: {READ_ERROR} ({exc.strerror or exc})")

    for folder, dirs, files in os.walk(top, followlinks=False, onerror=unreadable):
        folder_path = Path(folder)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not
                         _skip(folder_path / d, top, top, gitignore, exclude, is_dir=True))
        for name in sorted(files):
            candidate = folder_path / name
            if _skip(candidate, top, top, gitignore, exclude, is_dir=False):
                continue
            real = _inside(candidate, top)
            if real is None or real in seen or _kind(candidate) != "file":
                continue  # a link out of the tree, a loop, a FIFO, a socket, a device
            seen.add(real)
            out.append(candidate)
    return out


def _inside(candidate: Path, top: Path) -> Path | None:
    """The real path of `candidate` when it lies inside `top` (links resolved), else None."""
    if not candidate.is_symlink():
        return candidate
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return real if real.is_relative_to(top) else None


def _skip(path: Path, given: Path, top: Path, gitignore: GitIgnore, exclude, *, is_dir: bool) -> bool:
    rel = path.relative_to(given).as_posix()
    if exclude is not None and (exclude.match_file(rel) or exclude.match_file(rel + "/")):
        return True
    if is_dir and path.is_symlink():
        return True  # never follow a directory link: it may leave the tree or loop
    if not is_dir and is_env_file(path.name):
        return False
    # `path` lies under the resolved top (directory links are never followed), so it is real.
    return gitignore.ignored(path, top, is_dir)


def scan_file(path: Path, display: str, settings: Settings, index: ProjectIndex | None = None,
              language: str | None = None, *, with_fixes: bool = False,
              view: ProjectView | None = None, key_uses: dict | None = None,
              forwarded: dict | None = None) -> ScanResult:
    """Read and scan one file; unreadable input becomes a note, never an exception. With a
    project `view`, the facts of the names it imports go with it, and may wake rules."""
    read = read_source(path, settings.max_file_size)
    if read.text is None:
        result = ScanResult(display)
        if read.note:
            result.notes.append(read.note)
        return result
    language = language or language_for_path(path) or sniffed_language(path, read.text)
    matched = might_match(read.text, language, settings)
    index = index or ProjectIndex()
    roots: list[Path] = []

    def root() -> Path:  # asked only when needed: a file that imports nothing needs no root
        if not roots:  # with no project marker above, the folder `check` was given bounds imports
            where = Path(os.path.abspath(path))
            marked = index.marked_ancestor(where.parent)
            roots.append(marked or (view.default_root if view and view.default_root else where.parent))
        return roots[0]

    facts = view.imported_facts(path, read.text, language, root) if view else {}
    uses = key_uses if key_uses is not None else \
        view.exported_uses(path, read.text, language, root()) if view and view.reverse else {}
    handles_errors = bool(view) and may_handle_errors(read.text, language)
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
                              importers=lambda: view.importer_heads(path, root()))
        result = scan(display, read.text, settings, language=language, project=context,
                      fixer=attach_fixes if with_fixes else None)
    # For the known-key pass: which key-shaped tokens the file holds (hashes only); a failed
    # prefilter that looks for such tokens already says "none".
    if matched or not prefilter_sees_keys(language, settings):
        result.key_hashes = token_hashes(read.text)
    else:
        result.key_hashes = frozenset()
    if view is not None:  # for the project view's second step (see runner.add_cross_module_uses)
        result.imports = tuple((str(target), names) for target, names in view.edges.pop(
            Path(os.path.abspath(path)), ()))
        result.may_export_key = bool(result.key_hashes) or reads_public_env(read.text[:_CONFIG_HEAD], language)
        result.may_handle_errors = handles_errors
    return result
