"""Scan many files: the prefilter first, then parsing, spread over the machine's cores."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable

from mistral_keyguard import keyshape
from mistral_keyguard.engine import ScanResult
from mistral_keyguard.known_keys import known_hashes, known_key_findings
from mistral_keyguard.settings import Settings
from mistral_keyguard.languages import language_for_path
from mistral_keyguard.project_view import ProjectView
from mistral_keyguard.workspace import ProjectIndex, scan_file, walk

# Below this many files a process pool costs more than it saves.
PARALLEL_THRESHOLD = 200
_BATCH = 64


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


def _scan_batch(batch: list[tuple[str, str]], settings: Settings, with_fixes: bool,
                base: Path | None, scan_root: Path | None = None) -> list[ScanResult]:
    index = _process_index()
    view = view_for_base(settings, base, scan_root) if base is not None else None
    return [scan_file(Path(path), display, settings, index, with_fixes=with_fixes, view=view)
            for path, display in batch]


def scan_paths(paths: list[Path], settings: Settings, *, jobs: int | None = None,
               with_fixes: bool = False, base: Path | None = None, project_view: bool = True,
               progress: Callable[[int, int], None] | None = None) -> tuple[list[ScanResult], list[str], int]:
    """(results, notes, number of files looked at) for files under `paths`; `progress(done, total)`
    is called as files are scanned."""
    notes: list[str] = []
    files = walk(paths, settings, notes)
    base = (base or Path.cwd()).resolve()
    scan_root = _scanned_folder(paths)
    work = [(str(p), display_path(p, base)) for p in files]
    jobs = jobs or os.cpu_count() or 1
    progress = progress or (lambda done, total: None)
    if jobs <= 1 or len(work) < PARALLEL_THRESHOLD:
        index = ProjectIndex()
        results = []
        for path, display in work:
            results.append(scan_file(Path(path), display, settings, index, with_fixes=with_fixes,
                                     view=view_for_base(settings, base, scan_root) if project_view else None))
            progress(len(results), len(work))
    else:
        # Largest files first: a bundle met last would keep one worker busy while the other idles.
        order = sorted(range(len(work)), key=lambda i: -_size(work[i][0]))
        batches = [[work[i] for i in order[k:k + _BATCH]] for k in range(0, len(order), _BATCH)]
        in_order: list[ScanResult] = []
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for batch_results in pool.map(_scan_batch, batches, [settings] * len(batches),
                                          [with_fixes] * len(batches),
                                          [base if project_view else None] * len(batches),
                                          [scan_root] * len(batches)):
                in_order.extend(batch_results)
                progress(len(in_order), len(work))
        results = [None] * len(work)  # type: ignore[list-item]
        for position, result in zip(order, in_order):
            results[position] = result
    if project_view:
        add_cross_module_uses(results, work, settings, base, with_fixes, scan_root)
    add_known_key_copies(results, work, settings)
    for result in results:
        notes.extend(result.notes)
    return results, notes, len(work)


def add_cross_module_uses(results: list[ScanResult], work: list[tuple[str, str]], settings: Settings,
                          base: Path, with_fixes: bool, scan_root: Path | None = None) -> None:
    """The project view's second step: a file that may define a key (a literal, a public
    variable) is scanned again when a module importing it sends one of its names to Mistral as
    the key, and an Express error middleware when a module importing it hands it Mistral errors. The imports come from the first pass; only those files are read again."""
    importers: dict[str, list[tuple[str, tuple[tuple[str, str], ...]]]] = {}
    for result, (path, _display) in zip(results, work):
        for target, names in result.imports:
            importers.setdefault(target, []).append((path, names))
    if not importers:
        return
    view, index = view_for_base(settings, base, scan_root), ProjectIndex()
    _add_replaced_importers(importers, results, work, view, index)
    for position, (result, (path, display)) in enumerate(zip(results, work)):
        found = importers.get(os.path.realpath(path)) if result.may_export_key or result.may_handle_errors else None
        if not found:
            continue
        folder = Path(os.path.abspath(path)).parent
        root = index.marked_ancestor(folder) or view.default_root or folder
        uses = view.uses_from_importers([(Path(p), names) for p, names in found], root) \
            if result.may_export_key else {}
        # An Express error middleware learns whether its importers hand it Mistral errors.
        forwarded = view.forwarded_from_importers(
            [Path(p) for p, _names in found], root,
            lambda module: [Path(p) for p, _names in importers.get(os.path.realpath(module), ())]) \
            if result.may_handle_errors else {}
        if uses or forwarded:
            results[position] = scan_file(Path(path), display, settings, index, with_fixes=with_fixes,
                                          view=view, key_uses=uses, forwarded=forwarded)


def _add_replaced_importers(importers: dict[str, list], results: list[ScanResult], work: list[tuple[str, str]],
                            view: ProjectView, index: ProjectIndex) -> None:
    """A file nothing imports that a build swaps in for one that is imported (Angular's
    `environment.prod.ts`): its importers are the replaced file's. Asked only of files that may
    define a key."""
    for result, (path, _display) in zip(results, work):
        real = os.path.realpath(path)
        if not result.may_export_key or real in importers:
            continue
        folder = Path(os.path.abspath(path)).parent
        root = index.marked_ancestor(folder) or view.default_root or folder
        replaced = view.replaced_file(Path(os.path.realpath(root)), Path(real))
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
