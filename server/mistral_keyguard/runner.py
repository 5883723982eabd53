"""Scan many files: the prefilter first, then parsing, spread over the machine's cores."""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Callable

from mistral_keyguard import keyshape
from mistral_keyguard.engine import ScanResult
from mistral_keyguard.first_pass_cache import FirstPassCache
from mistral_keyguard.known_keys import known_hashes, known_key_findings
from mistral_keyguard.settings import Settings
from mistral_keyguard.languages import language_for_path
from mistral_keyguard.module_graph import module_names
from mistral_keyguard.queries import precompile
from mistral_keyguard.project_view import (
    FORWARD_LEVELS, PlannedModules, ProjectView, TreeFacts, is_front_end_file, key_use_facts, may_be_front_end_file,
    answers_route_errors, is_bundler_config, is_shipped_config, may_define_globals, plan_relevant,
)
from mistral_keyguard.rules.error_leak import SVELTEKIT_HOOKS, SVELTEKIT_ROUTE
from mistral_keyguard.workspace import ProjectIndex, Sifted, scan_file, sift_file, walk

# Below this many files a process pool costs more than it saves.
PARALLEL_THRESHOLD = 200
# Files per task: the first pass is cheap per file (large batches, less traffic between
# processes); the second parses, and small batches keep both workers busy to the end.
_SIFT_BATCH = 256
_SCAN_BATCH = 16


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def display_path(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        try:
            return path.resolve().relative_to(base).as_posix()
        except ValueError:
            return path.as_posix()


def display_paths(paths: list[Path], base: Path) -> list[str]:
    """`display_path` of each file, worked out once per folder (a file's name joins its
    folder's; resolving every file of a tree outside `base` cost as much as scanning it). A link
    is shown as `display_path` shows it."""
    folders: dict[str, str | None] = {}
    out = []
    for path in paths:
        text = str(path)
        folder, name = os.path.split(text)
        shown = folders.get(folder, "")
        if shown == "":
            parent = display_path(Path(folder), base)
            shown = folders[folder] = None if os.path.isabs(parent) or parent.startswith("..") else parent
        if shown is not None:
            out.append(name if shown == "." else f"{shown}/{name}")
        elif os.path.islink(text) or not os.path.isabs(text):
            out.append(display_path(path, base))
        else:
            out.append(Path(text).as_posix())
    return out


_VIEWS: dict[tuple[str, str], ProjectView] = {}


def view_for_base(settings: Settings, base: Path, scan_root: Path | None = None) -> ProjectView:
    """One project view per process, base folder and scanned folder: module summaries are shared
    by every file a worker scans, not recomputed per batch. Imports resolve inside a file's
    project, or inside the scanned folder where no project marker is found."""
    key = (str(base), str(scan_root))
    if key not in _VIEWS:
        # No reverse walk per file: `add_cross_module_uses` answers from every file's imports.
        _VIEWS[key] = ProjectView(settings, display=lambda p: display_path(p, base), reverse=False,
                                  default_root=scan_root or base)
    return _VIEWS[key]


def _scanned_folder(paths: list[Path]) -> Path | None:
    folders = [p.resolve() if p.is_dir() else p.resolve().parent for p in paths]
    try:
        return Path(os.path.commonpath(folders)) if folders else None
    except ValueError:
        return None


_INDEX: list[ProjectIndex] = []


def _process_index() -> ProjectIndex:
    """One project index per worker process: project roots and git facts found for one batch
    serve every later batch (a fresh index per batch asked again for each)."""
    if not _INDEX:
        _INDEX.append(ProjectIndex())
    return _INDEX[0]


def _sift_batch(batch: list[tuple[str, str]], settings: Settings, base: Path | None,
                scan_root: Path | None, index: ProjectIndex | None = None,
                tree_names: frozenset[str] | None = None, known: dict[str, str] | None = None) -> list[Sifted]:
    index = index or _process_index()
    view = view_for_base(settings, base, scan_root) if base is not None else None
    if view is not None:
        view.tree_names = tree_names if tree_names is not None else _WORKER_GIVEN[0]
    known = known if known is not None else _WORKER_GIVEN[1]
    return [sift_file(Path(path), display, settings, index, view, known) for path, display in batch]


def _scan_batch(batch: list[tuple[str, str]], settings: Settings, with_fixes: bool,
                base: Path | None, scan_root: Path | None = None,
                relevant: frozenset[str] | None = None, index: ProjectIndex | None = None,
                tree: TreeFacts | None = None, planned: PlannedModules | None = None) -> list[ScanResult]:
    index = index or _process_index()
    view = view_for_base(settings, base, scan_root) if base is not None else None
    if view is not None:
        view.relevant, view.tree, view.planned = relevant, tree, planned
    # An item's third field, when present, says whether its imports may name a module of the
    # plan (`_names_plan`): without, the file has no imported facts and its imports are not read.
    return [scan_file(Path(item[0]), item[1], settings, index, with_fixes=with_fixes, view=view, note_keys=False,
                      imported=item[2] if len(item) > 2 else True)
            for item in batch]


def _scan_batch_sharing(batch: list[tuple[str, str]], settings: Settings, with_fixes: bool,
                        base: Path | None, scan_root: Path | None = None,
                        relevant: frozenset[str] | None = None,
                        tree: TreeFacts | None = None,
                        planned: PlannedModules | None = None) -> tuple[list[ScanResult], dict]:
    """`_scan_batch` in a worker, with the module summaries it computed for the merging process."""
    results = _scan_batch(batch, settings, with_fixes, base, scan_root, relevant, tree=tree, planned=planned)
    view = _VIEWS.get((str(base), str(scan_root))) if base is not None else None
    return results, view.new_summaries() if view is not None else {}


class _Progress:
    """Files whose result is final, reported as they become so."""

    def __init__(self, total: int, report: Callable[[int, int], None] | None) -> None:
        self.done, self.total, self.report = 0, total, report or (lambda done, total: None)
        self.early = 0  # final after the first pass: not wanted by a prefilter, imports nothing

    def sifted(self, part: list[Sifted]) -> None:
        count = sum(1 for s in part if not s.matched and not s.imports)
        self.early += count
        self.add(count)

    def add(self, count: int) -> None:
        if count:
            self.done += count
            self.report(self.done, self.total)


@contextmanager
def _rare_collections():
    """A scan makes millions of small objects that live until it ends (results, import tables,
    rule facts): with the default thresholds the cycle collector walked them again and again,
    about a tenth of `check`'s CPU on a large tree. During the scan collections are rarer, and
    the objects alive before it (modules, compiled queries) are set aside, in the workers too:
    they fork inside. Both are restored after."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(before[0], _SCAN_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


# Allocations between two young collections while scanning (CPython's default: 700).
_SCAN_GC_THRESHOLD = 50_000


def scan_paths(paths: list[Path], settings: Settings, **options) -> tuple[list[ScanResult], list[str], int]:
    """`_scan_paths` with rare cycle collections (`_rare_collections`)."""
    with _rare_collections():
        return _scan_paths(paths, settings, **options)


def _scan_paths(paths: list[Path], settings: Settings, *, jobs: int | None = None,
               with_fixes: bool = False, base: Path | None = None, project_view: bool = True,
               progress: Callable[[int, int], None] | None = None,
               walked: tuple[list[Path], list[str]] | None = None,
               cache: Path | None = None) -> tuple[list[ScanResult], list[str], int]:
    """(results, notes, number of files looked at) for files under `paths`; `progress(done, total)`
    is called as files are scanned. `walked`: the files and notes of `walk(paths, ...)`, when the
    caller walked already. `cache`: the folder of `first_pass_cache` (None: none is used).

    Two passes, like a minimal scanner: every file is read and prefiltered (`sift_file`, no
    parse), then only the files some rule wants, or whose imports may name a module the project
    view knows something of, are parsed and checked (`scan_file`)."""
    if walked is None:
        notes: list[str] = []
        files = walk(paths, settings, notes)
    else:
        files, notes = walked[0], list(walked[1])
    base = (base or Path.cwd()).resolve()
    scan_root = _scanned_folder(paths)
    work = list(zip(map(str, files), display_paths(files, base)))
    jobs = jobs or os.cpu_count() or 1
    done = _Progress(len(work), progress)
    view_base = base if project_view else None
    index = ProjectIndex()  # this call's: a process-wide one would outlive changes to the tree
    pooled = jobs > 1 and len(work) >= PARALLEL_THRESHOLD
    if pooled and multiprocessing.get_context().get_start_method() == "fork":
        # Compiled here, once, the queries go to every worker with the fork (each compiled them
        # all again: 0.4 s CPU per process). A pool forked after the first pass would cost more
        # memory than that: its workers would copy the pages of the parent's sifted results.
        precompile({language_for_path(path) for path, _ in work})
    memo = FirstPassCache.open(cache, scan_root or base, settings, project_view) if cache is not None else None
    known = memo.entries if memo is not None else None
    # Each worker gets the walked tree's module names (`tree_module_names`) and the cached first
    # pass facts once, not per batch (a forked worker shares the parent's pages).
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_remember_given,
                               initargs=(tree_module_names(work) if project_view else None, known)) if pooled else None
    try:
        sifted = _sift_all(work, settings, view_base, scan_root, pool, done, index, known)
        if memo is not None:
            memo.save({s.memo[0]: s.memo[1] for s in sifted if s.memo is not None})
        relevant, relevant_files, woken, tree, planned = (
            _plan(work, sifted, settings, base, scan_root, index, paths) if project_view
            else (None, set(), [], None, None))
        wanted = sorted({i for i, s in enumerate(sifted) if s.matched} | set(woken))
        done.add(len(work) - len(wanted) - done.early)
        results = [s.result for s in sifted]
        items = [(*work[i], _names_plan(sifted[i], relevant)) for i in wanted] if project_view \
            else [work[i] for i in wanted]
        scanned = _scan_all(items, [sifted[i].size for i in wanted], settings, with_fixes,
                            view_base, scan_root, relevant, pool, done, index, tree, planned)
        for position, result in zip(wanted, scanned):
            first = results[position]  # the first pass noted what the second step asks
            result.key_hashes, result.may_export_key = first.key_hashes, first.may_export_key
            result.may_handle_errors, result.takes_injected_services = first.may_handle_errors, first.takes_injected_services
            result.may_log_arguments, result.passes_keyed_headers = first.may_log_arguments, first.passes_keyed_headers
            result.dispatches_commands, result.handles_commands = first.dispatches_commands, first.handles_commands
            result.runs_queue_workers, result.reads_job_failures = first.runs_queue_workers, first.reads_job_failures
            results[position] = result
    finally:
        if pool is not None:
            pool.shutdown()
    if project_view:
        add_cross_module_uses(results, work, settings, base, with_fixes, scan_root, relevant_files, index,
                              [s.imports for s in sifted], [s.page_imports for s in sifted])
        add_define_uses(results, work, settings, base, with_fixes, scan_root, index)
        add_route_error_hooks(results, work, settings, base, with_fixes, scan_root, index)
        add_bus_dispatches(results, work, settings, base, with_fixes, scan_root, index)
        add_queue_failures(results, work, settings, base, with_fixes, scan_root, index)
        add_handed_header_logs(results, work, settings, base, with_fixes, scan_root, index,
                               sifted)  # last: its view sees the builders alone
    add_known_key_copies(results, work, settings)
    for result in results:
        notes.extend(result.notes)
    return results, notes, len(work)


def _sift_all(work: list[tuple[str, str]], settings: Settings, base: Path | None, scan_root: Path | None,
              pool: ProcessPoolExecutor | None, done: _Progress, index: ProjectIndex,
              known: dict[str, str] | None = None) -> list[Sifted]:
    """The first pass, in the walk's order: chunks of neighbouring files share their folders'
    project roots and import resolutions in a worker."""
    if pool is None:
        out = []
        names = tree_module_names(work) if base is not None else None
        for item in work:
            out += _sift_batch([item], settings, base, scan_root, index, names, known)
            done.sifted(out[-1:])
        return out
    batches = [work[k:k + _SIFT_BATCH] for k in range(0, len(work), _SIFT_BATCH)]
    out = []
    for part in pool.map(_sift_batch, batches, [settings] * len(batches), [base] * len(batches),
                         [scan_root] * len(batches)):
        out += part
        done.sifted(part)
    return out


# This worker's tree module names and cached first pass facts (`_remember_given`).
_WORKER_GIVEN: list = [None, None]


def _remember_given(names: frozenset[str] | None, known: dict[str, str] | None) -> None:
    _WORKER_GIVEN[:] = [names, known]


def tree_module_names(work: list[tuple[str, str]]) -> frozenset[str]:
    """Every folder name on the paths of `work`, and the name of each Python module in it: the
    first name of an absolute import that can resolve to one of these files is among them."""
    names: set[str] = set()
    folders: set[str] = set()
    for path, _display in work:
        folder, name = os.path.split(os.path.abspath(path))
        if name.endswith(".py"):
            names.add(name[:-3])
        if folder not in folders:
            folders.add(folder)
            names.update(folder.split(os.sep))
    return frozenset(names)


def _scan_all(work: list[tuple[str, str]], sizes: list[int], settings: Settings, with_fixes: bool,
              base: Path | None, scan_root: Path | None, relevant: frozenset[str] | None,
              pool: ProcessPoolExecutor | None, done: _Progress, index: ProjectIndex,
              tree: TreeFacts | None = None, planned: PlannedModules | None = None) -> list[ScanResult]:
    """The second pass over the files the first one picked, in their order."""
    if base is not None:  # the merging process's view: its second step scans some files again
        view_for_base(settings, base, scan_root).tree = tree
    if pool is None:
        out = []
        for item in work:
            out += _scan_batch([item], settings, with_fixes, base, scan_root, relevant, index, tree, planned)
            done.add(1)
        return out
    # Largest files first, in small batches: a bundle met last would keep one worker busy
    # while the other idles.
    order = sorted(range(len(work)), key=lambda i: -sizes[i])
    batches = [[work[i] for i in order[k:k + _SCAN_BATCH]] for k in range(0, len(order), _SCAN_BATCH)]
    in_order: list[ScanResult] = []
    n = len(batches)
    view = view_for_base(settings, base, scan_root) if base is not None else None
    for part, summaries in pool.map(_scan_batch_sharing, batches, [settings] * n, [with_fixes] * n, [base] * n,
                                    [scan_root] * n, [relevant] * n, [tree] * n, [planned] * n):
        in_order += part
        if view is not None:
            view.absorb_summaries(summaries)
        done.add(len(part))
    out: list[ScanResult] = [None] * len(work)  # type: ignore[list-item]
    for position, result in zip(order, in_order):
        out[position] = result
    return out


def _names_plan(sifted: Sifted, relevant: frozenset[str]) -> bool:
    """Whether one of the file's imports, as the first pass read them, may name a module of the
    plan (the test `ProjectView.imported_facts` makes of each import, made before any is read)."""
    return any(not relevant.isdisjoint(targets) for _spec, targets in sifted.imports + sifted.page_imports)


def _plan(work: list[tuple[str, str]], sifted: list[Sifted], settings: Settings, base: Path,
          scan_root: Path | None, index: ProjectIndex, given: list[Path] = ()
          ) -> tuple[frozenset[str], set[int], list[int], TreeFacts | None, PlannedModules]:
    """The project view's plan from the first pass (`project_view.plan_relevant`): the names an
    import of a module that may have a summary carries, those modules' positions in `work`, the
    files no prefilter wanted whose imports do name such a module (their rules may wake), what
    the workers need to know of the folders `given` whole (`_tree_facts`), and the plan's modules
    for the scan's workers (`PlannedModules`)."""
    view = view_for_base(settings, base, scan_root)
    resolver = _Resolvers(work, index, view)
    signal = {i for i, s in enumerate(sifted) if s.signal}
    importers = ((i, s.imports, resolver(i)) for i, s in enumerate(sifted) if s.imports and not s.signal)
    names, hops, paths = plan_relevant({index.real_text(work[i][0]) for i in signal}, importers)
    # A file with a signal of its own may name a config file that holds the key (MK005 wakes).
    woken = [i for i, s in enumerate(sifted) if not s.matched and not s.generated and (s.signal or any(
        not names.isdisjoint(targets) and str(resolver(i)(spec)) in paths for spec, targets in s.imports))]
    tree = _tree_facts(given, work, sifted, resolver, (names, paths), index, view)
    walked = "\n".join(os.path.abspath(path) for path, _display in work).encode("utf-8", "surrogateescape")
    # A module whose function may send an error it is handed (`handleError(res, err)`) has a
    # summary for the files scanned anyway that import it; it wakes and plans none of them.
    senders = {index.real_text(work[i][0]) for i, s in enumerate(sifted) if s.result.sends_error_args and not s.signal}
    if senders:
        names, paths = names | set().union(*map(module_names, senders)), paths | senders
    return names, signal | set(hops), woken, tree, PlannedModules(frozenset(paths), walked)


def _tree_facts(given: list[Path], work: list[tuple[str, str]], sifted: list[Sifted], resolver: "_Resolvers",
                plan: tuple[frozenset[str], set[str]], index: ProjectIndex, view: ProjectView) -> TreeFacts | None:
    """What the workers need to know of the folders `check` walked whole, from the first pass
    alone: who imports each module of the plan (any file, pages and components too: the
    placement of a module asks it), and which project roots hold front-end files. None when no
    folder was given (files alone: a worker walks the project when asked)."""
    folders = tuple(sorted({os.path.realpath(p) for p in given if p.is_dir()}))
    if not folders:
        return None
    names, paths = plan
    importers: dict[str, dict[str, None]] = {}  # module -> its importers, in the walk's order
    for i, s in enumerate(sifted):
        for spec, targets in s.imports + s.page_imports:
            if not names.isdisjoint(targets):
                target = resolver(i)(spec)
                if target is not None and str(target) in paths:
                    importers.setdefault(str(target), {})[resolver(i)(None)] = None
    return TreeFacts(folders, {module: tuple(found) for module, found in importers.items()},
                     _front_end_roots(work, index, view))


def _front_end_roots(work: list[tuple[str, str]], index: ProjectIndex, view: ProjectView) -> frozenset[str]:
    """The real project roots holding a front-end file (`project_view.is_front_end_file`), each
    file's root found once per folder (hundreds of components share a few folders)."""
    roots: dict[Path, str] = {}  # marked root -> its real path, once a front-end file is found in it
    marked: dict[str, Path] = {}
    for path, _display in work:
        if not may_be_front_end_file(path):
            continue
        path = os.path.abspath(path)
        folder = os.path.dirname(path)
        if folder not in marked:
            marked[folder] = index.marked_ancestor(Path(folder)) or view.default_root or Path(folder)
        root = marked[folder]
        if root in roots:
            continue
        inside = os.path.relpath(path, root)
        if not inside.startswith("..") and is_front_end_file(Path(inside).parts):
            roots[root] = str(view.real_root(root))
    return frozenset(roots.values())


class _Resolvers:
    """Per position in `work`: a function resolving one of the file's imports to a real path
    (None: the file's own real path), its project root found on first need. Paths are built
    once per file and roots once per folder: the plan asks thousands of imports. The function
    is a `partial`, its facts made on first call: most importers are never asked."""

    def __init__(self, work: list[tuple[str, str]], index: ProjectIndex, view: ProjectView) -> None:
        self.work, self.index, self.view = work, index, view
        self._known: dict[int, dict] = {}  # position -> None: the real path; "": (Path, folder, root, language)
        self._roots: dict[Path, Path] = {}

    def __call__(self, position: int) -> Callable:
        return partial(self._resolve, position)

    def _resolve(self, position: int, spec: str | None):
        known = self._known.get(position)
        if known is None:
            known = self._known[position] = {}
        path = self.work[position][0]
        if spec is None:
            if None not in known:
                known[None] = self.index.real_text(path)
            return known[None]
        if "" not in known:
            importer = Path(os.path.abspath(path))
            known[""] = importer, importer.parent, self._root(importer.parent), language_for_path(path) or ""
        importer, folder, root, language = known[""]
        return self.view.resolve_from(importer, folder, spec, language, root)

    def _root(self, folder: Path) -> Path:
        root = self._roots.get(folder)
        if root is None:
            root = self._roots[folder] = self.index.marked_ancestor(folder) or self.view.default_root or folder
        return root


def _error_importers(results: list[ScanResult], work: list[tuple[str, str]], imports: list[tuple],
                     resolver: _Resolvers) -> set[int]:
    """Positions of the files that import an error middleware's module, and of their importers
    (`project_view.FORWARD_LEVELS` levels): the only ones whose imports its second step needs."""
    middleware = {resolver.index.real_text(path) for result, (path, _d) in zip(results, work) if result.may_handle_errors}
    entries = ((i, names, resolver(i)) for i, names in enumerate(imports) if names)
    return set(plan_relevant(middleware, entries, rounds=FORWARD_LEVELS)[1])


def _root_of(path: Path, index: ProjectIndex, view: ProjectView) -> Path:
    folder = Path(os.path.abspath(path)).parent
    return index.marked_ancestor(folder) or view.default_root or folder


# A log call given a call of a plain name on its arguments (`console.log("h", buildHeaders(key))`),
# or a plain name's call bound to a name the file may log (`const headers = authHeaders()`: led by
# the `=`, which the engine searches for fast; a leading `\w+` was tried at every word).
_LOGGED_CALL = re.compile(rb"(?:console\.\w+|\blog(?:ger)?\.\w+|\blogging\.\w+|\bprint)\([^;]{0,200}?[(,]\s*(\w+)\(")
_BOUND_CALL = re.compile(rb"=\s*(?:await\s+)?(\w+)\(")


def add_handed_header_logs(results: list[ScanResult], work: list[tuple[str, str]], settings: Settings, base: Path,
                           with_fixes: bool, scan_root: Path | None, index: ProjectIndex,
                           sifted: list[Sifted]) -> None:
    """Files that log a call of a function imported from a module that may build keyed headers
    (`may_pass_keyed_headers`: a generic `buildHeaders(key)` names no provider, so no plan took
    it; one with a signal of its own was in the plan): scanned again with a view that summarises
    that builder alone; only their new MK004 findings are taken. Only a file whose imports may name such a module and whose bytes log a
    call resolves those imports, and only to a path (no summary) whose bytes define that function."""
    builders = {index.real_text(path): path for result, first, (path, _d) in zip(results, sifted, work)
                if result.passes_keyed_headers and not first.signal}
    names = set().union(*map(module_names, builders)) if builders else set()
    view, walked = None, None
    for position, (result, (path, display)) in enumerate(zip(results, work)):
        if not result.may_log_arguments or result.passes_keyed_headers or not sifted[position].imports:
            continue
        specs = [spec for spec, targets in sifted[position].imports if not names.isdisjoint(targets)]
        data = _raw_bytes(path, settings.max_file_size) if specs else None
        logged = {m.group(1) for r in (_LOGGED_CALL, _BOUND_CALL) for m in r.finditer(data)} if data is not None else set()
        if not logged:
            continue
        view = view or view_for_base(settings, base, scan_root)
        root = _root_of(Path(path), index, view)
        builder = _named_builder(view, Path(path), specs, builders, logged, root, settings)
        if builder is None:
            continue
        walked = walked or "\n".join(os.path.abspath(p) for p, _d in work).encode("utf-8", "surrogateescape")
        view.relevant, view.planned = frozenset(module_names(builder)), PlannedModules(frozenset({builder}), walked)
        if not {name.decode() for name in logged} & view.handed_builders(Path(builder), root):
            continue
        again = scan_file(Path(path), display, settings, index, with_fixes=with_fixes, view=view)
        have = {(f.code, f.span) for f in result.findings}
        result.findings = sorted(result.findings + [f for f in again.findings if f.code == "MK004"
                                                    and (f.code, f.span) not in have], key=lambda f: f.sort_key())
    if view is not None:
        view.relevant = view.planned = None


def _named_builder(view: ProjectView, path: Path, specs: list[str], builders: dict[str, str], logged: set[bytes],
                   root: Path, settings: Settings) -> str | None:
    """The file of `builders` (real path) one of `specs`, imported by `path`, names, if it defines
    a function of one of the `logged` call names."""
    language = language_for_path(str(path))
    for spec in specs:
        target = str(view.resolve_import(path, spec, language, root))
        data = _raw_bytes(builders[target], settings.max_file_size) if target in builders else None
        if data is not None and any(name in data and _defines(data, name) for name in logged):
            return target
    return None


def _defines(data: bytes, name: bytes) -> bool:
    """The bytes define a function `name` (`def name(`, `function name(`, `const name =`)."""
    return re.search(rb"(?:def|function)\s+" + re.escape(name) + rb"\s*\(|(?:const|let|var)\s+"
                     + re.escape(name) + rb"\s*=", data) is not None


def add_define_uses(results: list[ScanResult], work: list[tuple[str, str]], settings: Settings, base: Path,
                    with_fixes: bool, scan_root: Path | None, index: ProjectIndex) -> None:
    """Bundler configs (`vite.config.ts`) whose `define`d globals a module sends to Mistral as the
    key: scanned again with those uses. Nothing imports a config, so no import edge brings them."""
    view = None
    for position, (path, display) in enumerate(work):
        if not (is_bundler_config(path) or is_shipped_config(path)):  # by name first: a read only for a config
            continue
        try:
            data = Path(path).read_bytes()[:settings.max_file_size]
        except OSError:
            continue
        if not may_define_globals(Path(path), data):
            continue
        view = view or view_for_base(settings, base, scan_root)
        uses = view.defined_uses(Path(path), data, _root_of(Path(path), index, view))
        if uses:
            results[position] = scan_file(Path(path), display, settings, index, with_fixes=with_fixes,
                                          view=view, key_uses=uses)


def add_route_error_hooks(results: list[ScanResult], work: list[tuple[str, str]], settings: Settings, base: Path,
                          with_fixes: bool, scan_root: Path | None, index: ProjectIndex) -> None:
    """SvelteKit's `handleError` hooks, scanned again with what their project's server routes say
    of Mistral errors they let escape: no route imports the hook, so no import edge brings them.
    Hooks and routes are picked from `work` by name; only a hook's bytes are read."""
    hooks = [i for i, (path, _d) in enumerate(work) if SVELTEKIT_HOOKS.search(_posix(path))]
    if not hooks:
        return
    view = view_for_base(settings, base, scan_root)
    routes = [Path(os.path.abspath(path)) for path, _d in work if SVELTEKIT_ROUTE.search(_posix(path))]
    for position in hooks:
        path, display = work[position]
        data = _raw_bytes(path, settings.max_file_size)
        if data is None or not answers_route_errors(path, data):
            continue
        root = Path(os.path.abspath(_root_of(Path(path), index, view)))
        inside = [route for route in routes if route.is_relative_to(root)]
        forwarded = view.forwarded_from_importers(inside, root) if inside else {}
        if forwarded:
            results[position] = scan_file(Path(path), display, settings, index, with_fixes=with_fixes,
                                          view=view, forwarded=forwarded)


def _posix(path: str) -> str:
    """A walked path with forward slashes (a `Path` per file of the tree cost more than the test)."""
    return path if os.sep == "/" else Path(path).as_posix()


def add_bus_dispatches(results: list[ScanResult], work: list[tuple[str, str]], settings: Settings, base: Path,
                       with_fixes: bool, scan_root: Path | None, index: ProjectIndex) -> None:
    """NestJS CQRS: a file that runs `commandBus.execute(new X(…))` is scanned again with the
    `X.execute` facts of the project's handlers (`@CommandHandler(X)`), which no import of it
    names. Both kinds were noted by the first pass from bytes it had read."""
    _rescan_joined(results, work, settings, base, with_fixes, scan_root, index, "handles_commands",
                   "dispatches_commands", ProjectView.bus_handler_facts)


def add_queue_failures(results: list[ScanResult], work: list[tuple[str, str]], settings: Settings, base: Path,
                       with_fixes: bool, scan_root: Path | None, index: ProjectIndex) -> None:
    """BullMQ/Bull: a file that reads a failed job (`job.failedReason`) is scanned again with the
    `queue:<name>` facts of the project's workers whose processor fails jobs with a Mistral error;
    no import joins them, the queue's name does. Both kinds were noted by the first pass."""
    _rescan_joined(results, work, settings, base, with_fixes, scan_root, index, "runs_queue_workers",
                   "reads_job_failures", ProjectView.queue_worker_facts)


def _rescan_joined(results: list[ScanResult], work: list[tuple[str, str]], settings: Settings, base: Path,
                   with_fixes: bool, scan_root: Path | None, index: ProjectIndex, provides: str, asks: str,
                   facts_of: Callable) -> None:
    """Scan again each file whose first pass flag `asks` is set, with what `facts_of` (a view
    method) learns from the files of its project whose flag `provides` is set: a join no import
    makes."""
    providers = [Path(path) for result, (path, _d) in zip(results, work) if getattr(result, provides)]
    if not providers:
        return
    view = view_for_base(settings, base, scan_root)
    for position, result in enumerate(results):
        if not getattr(result, asks):
            continue
        path, display = work[position]
        data = _raw_bytes(path, settings.max_file_size)
        root = Path(os.path.abspath(_root_of(Path(path), index, view)))
        inside = [other for other in providers if Path(os.path.abspath(other)).is_relative_to(root)]
        facts = facts_of(view, data, root, inside) if data is not None and inside else {}
        if facts:
            results[position] = scan_file(Path(path), display, settings, index, with_fixes=with_fixes,
                                          view=view, extra_facts=facts)


def add_cross_module_uses(results: list[ScanResult], work: list[tuple[str, str]], settings: Settings,
                          base: Path, with_fixes: bool, scan_root: Path | None = None,
                          relevant: set[int] | None = None, index: ProjectIndex | None = None,
                          imports: list[tuple] | None = None, pages: list[tuple] | None = None) -> None:
    """The project view's second step: a file that may define a key (a literal, a public
    variable) is scanned again when a module importing it sends one of its names to Mistral as
    the key, and an Express error middleware when a module importing it hands it Mistral errors.
    Only a module with a summary can send a key (`relevant`: positions in `work`, from the plan);
    an error middleware's importers, and theirs, are any files: found from the first pass's
    `imports` (each file's `import_names`), or, without them, by resolving every file's imports.
    Only the files they name are read again. A script that may define a key also asks the pages
    that load it (`pages`: each page's `<script src>`, from the first pass): their other scripts
    may send its globals to Mistral."""
    view, index = view_for_base(settings, base, scan_root), index or ProjectIndex()
    view.relevant = view.planned = None
    if relevant is not None and imports is not None:
        chain = _error_importers(results, work, imports, _Resolvers(work, index, view)) \
            if any(result.may_handle_errors for result in results) else set()
        relevant = _naming_positions(relevant | chain, chain, results, work, imports, view, index)
    elif any(result.may_handle_errors for result in results):
        relevant = None
    importers: dict[str, list[tuple[str, tuple[tuple[str, str], ...]]]] = {}
    for position in sorted(relevant) if relevant is not None else range(len(work)):
        path = work[position][0]
        for target, names in view.import_edges(Path(path), _root_of(Path(path), index, view)):
            importers.setdefault(str(target), []).append((path, names))
    if pages:
        _add_page_importers(importers, results, work, pages, _Resolvers(work, index, view))
    if not importers:
        return
    _add_replaced_importers(importers, results, work, view, index)
    again: dict[int, dict] = {}
    key_modules: dict[str, dict] = {}
    keyed = {path for result, (path, _d) in zip(results, work) if result.passes_keyed_headers}

    def importers_of(module: Path) -> list[tuple[Path, tuple[tuple[str, str], ...]]]:
        """A module's importers, for one that puts a name it imports into headers it returns."""
        return [(Path(p), names) for p, names in importers.get(index.real_text(str(module)), ())]
    for position, (result, (path, display)) in enumerate(zip(results, work)):
        asks_errors = result.may_handle_errors or result.takes_injected_services
        found = importers.get(index.real_text(path)) \
            if result.may_export_key or asks_errors or result.may_log_arguments else None
        if found and not (result.may_export_key or asks_errors):
            found = [(p, names) for p, names in found if p in keyed]  # a logging module: who may hand it keyed headers
        if not found:
            continue
        root = _root_of(Path(path), index, view)
        uses = view.uses_from_importers([(Path(p), names) for p, names in found], root, importers_of) \
            if result.may_export_key or result.may_log_arguments else {}
        # An Express error middleware learns whether its importers hand it Mistral errors; a class
        # keeping a service, what the modules building it hand it (direct importers only).
        forwarded = view.forwarded_from_importers(
            [Path(p) for p, _names in found], root,
            (lambda module: [Path(p) for p, _names in importers.get(os.path.realpath(module), ())])
            if result.may_handle_errors else None) if asks_errors else {}
        if uses or forwarded:
            again[position] = {"key_uses": uses, "forwarded": forwarded}
        if uses:
            key_modules[index.real_text(path)] = uses
    for position, facts in _key_use_importers(key_modules, importers, work, imports, view, index).items():
        again.setdefault(position, {})["extra_facts"] = facts
    for position, given in sorted(again.items()):
        path, display = work[position]
        results[position] = scan_file(Path(path), display, settings, index, with_fixes=with_fixes, view=view, **given)


def _key_use_importers(key_modules: dict[str, dict], importers: dict[str, list], work: list[tuple[str, str]],
                       imports: list[tuple] | None, view: ProjectView, index: ProjectIndex) -> dict[int, dict]:
    """The files that import a name of a module defining a key that another importer passes to
    Mistral as the key (`from .secrets_cfg import TOKEN`, with `llm.py` giving it to the client):
    that name's `KEY_USE` fact, by position and local name. Candidates are the files whose imports
    (`import_names`) may name such a module, or, without them, the importers already resolved."""
    if not key_modules:
        return {}
    names = set().union(*map(module_names, key_modules))
    if imports is not None:
        candidates = [i for i, named in enumerate(imports)
                      if named and any(not names.isdisjoint(targets) for _spec, targets in named)]
    else:
        wanted = {p for module in key_modules for p, _names in importers.get(module, ())}
        candidates = [i for i, (path, _d) in enumerate(work) if path in wanted]
    out: dict[int, dict] = {}
    for position in candidates:
        path = work[position][0]
        for target, pairs in view.import_edges(Path(path), _root_of(Path(path), index, view)):
            uses = key_modules.get(str(target), {})
            facts = key_use_facts(uses, pairs) if uses else {}
            if facts:
                out.setdefault(position, {}).update(facts)
    return out


def _naming_positions(relevant: set[int], chain: set[int], results: list[ScanResult], work: list[tuple[str, str]],
                      imports: list[tuple], view: ProjectView, index: ProjectIndex) -> set[int]:
    """Those of `relevant` whose imports (`import_names`) may name a file the second step asks
    about: one that may define a key (or the file a build swaps it for), an error middleware, or
    an importer of one (`chain`: its importers are asked too). Only their imports are resolved."""
    asked = {index.real_text(path) for result, (path, _d) in zip(results, work)
             if result.may_export_key or result.may_handle_errors or result.takes_injected_services}
    for path, _display in [work[i] for i, r in enumerate(results) if r.may_export_key]:
        replaced = view.replaced_file(Path(index.real_text(str(_root_of(Path(path), index, view)))),
                                      Path(index.real_text(path)))
        if replaced is not None:
            asked.add(str(replaced))
    asked.update(index.real_text(work[i][0]) for i in chain)
    names = set().union(*map(module_names, asked)) if asked else set()
    # An importer of one that may put the key into headers it returns is asked too: the module
    # sending those headers to Mistral makes the key what it is (`ProjectView._carried_uses`).
    carriers = {index.real_text(work[i][0]) for i in relevant
                if results[i].passes_keyed_headers and any(not names.isdisjoint(targets) for _spec, targets in imports[i])}
    names |= set().union(*map(module_names, carriers)) if carriers else set()
    naming = {i for i in relevant if any(not names.isdisjoint(targets) for _spec, targets in imports[i])}
    # A module that may log its callers' arguments is asked only by importers that may hand it
    # keyed headers. Nearly every module of a tree has a log call: their names are found only
    # when such an importer is left to ask (each costs a real path).
    handing = [i for i in relevant - naming if results[i].passes_keyed_headers and imports[i]]
    if not handing:
        return naming
    # Only the logging modules an import of theirs may name: found by the walked path's names
    # (an import names the path, not what a link points to), then their real paths.
    wanted = set().union(*(targets for i in handing for _spec, targets in imports[i]))
    logging = {index.real_text(path) for result, (path, _d) in zip(results, work)
               if result.may_log_arguments and _may_be_named(path, wanted)}
    log_names = set().union(*map(module_names, logging - asked)) if logging else set()
    return naming | {i for i in handing if any(not log_names.isdisjoint(targets) for _spec, targets in imports[i])}


def _may_be_named(path: str, wanted: set[str]) -> bool:
    """Whether `module_names(path)` meets `wanted`, asked of every logging module of a tree: only
    a file whose stem is wanted, an index, or in a `settings` folder can carry a wanted name."""
    name = os.path.basename(path)
    stem = name.rsplit(".", 1)[0]
    if stem not in wanted and name not in wanted and stem not in ("index", "__init__") \
            and not path.endswith(f"settings{os.sep}{name}"):
        return False
    return not wanted.isdisjoint(module_names(path))


_SCRIPTS = frozenset({"javascript", "typescript"})


def _add_page_importers(importers: dict[str, list], results: list[ScanResult], work: list[tuple[str, str]],
                        pages: list[tuple], resolvers: "_Resolvers") -> None:
    """The pages that load a script that may define a key, as its importers (the scripts of a
    page share their globals: `ProjectView.page_global_uses`). Only page imports that can name
    such a script are resolved."""
    scripts = {os.path.realpath(path) for result, (path, _d) in zip(results, work)
               if result.may_export_key and language_for_path(path) in _SCRIPTS}
    if not scripts:
        return
    names = set().union(*map(module_names, scripts))
    for position, named in enumerate(pages):
        for spec, targets in named or ():
            if names.isdisjoint(targets):
                continue
            target = resolvers(position)(spec)
            if target is not None and str(target) in scripts:
                importers.setdefault(str(target), []).append((work[position][0], ()))


def _add_replaced_importers(importers: dict[str, list], results: list[ScanResult], work: list[tuple[str, str]],
                            view: ProjectView, index: ProjectIndex) -> None:
    """A file nothing imports that a build swaps in for one that is imported (Angular's
    `environment.prod.ts`): its importers are the replaced file's. Asked only of files that may
    define a key."""
    for result, (path, _display) in zip(results, work):
        if not result.may_export_key:
            continue
        real = index.real_text(path)
        if real in importers:
            continue
        folder = Path(os.path.abspath(path)).parent
        root = index.marked_ancestor(folder) or view.default_root or folder
        replaced = view.replaced_file(Path(index.real_text(str(root))), Path(real))
        if replaced is not None and str(replaced) in importers:
            importers[real] = importers[str(replaced)]


def add_known_key_copies(results: list[ScanResult], work: list[tuple[str, str]], settings: Settings) -> None:
    """Second pass: every copy of a key the first pass identified, in every scanned file
    (one token sweep per file, no parsing; nothing to do when no key was found)."""
    known = known_hashes(f for result in results for f in result.findings)
    if not known:
        return
    index = ProjectIndex()
    for result, (path, display) in zip(results, work):
        if result.key_hashes is not None and result.key_hashes.isdisjoint(known):
            continue  # the first pass saw no copy of a known key here
        data = _raw_bytes(path, settings.max_file_size)
        if data is None or not keyshape.EMBEDDED_BYTES.search(data):
            continue
        language = language_for_path(path)
        project = index.context(Path(path)) if language == "dotenv" else None
        extra = known_key_findings(display, data, language, known, result.findings,
                                   settings=settings, project=project)
        if extra:
            result.findings = sorted(result.findings + extra, key=lambda f: f.sort_key())


def _raw_bytes(path: str, max_size: int) -> bytes | None:
    """A file's bytes for the token sweep (the first pass already reported unreadable files)."""
    try:
        if os.stat(path).st_size > max_size:
            return None
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    return None if b"\0" in data[:8192] else data
