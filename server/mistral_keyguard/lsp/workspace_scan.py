"""The background scan of workspace folders: files on disk that are not open in the editor.

Runs in its own worker thread; the server passes callbacks that hop back to the event loop.
Cancellation is checked between files.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from mistral_keyguard.engine import ScanResult
from mistral_keyguard.settings import Settings
from mistral_keyguard.workspace import ProjectIndex, is_read_error, read_source, scan_file, walk

log = logging.getLogger("mistral_keyguard.lsp")
REPORT_INTERVAL = 0.1  # seconds between progress reports


@dataclass
class ScanJob:
    folders: list[Path]
    cancelled: threading.Event = field(default_factory=threading.Event)
    scanned: int = 0
    total: int = 0

    def cancel(self) -> None:
        self.cancelled.set()


@dataclass(frozen=True)
class FileScan:
    path: Path
    result: ScanResult
    data: bytes | None  # the text scanned, kept only when there are findings (for positions)


def run(job: ScanJob, settings_for: Callable[[Path], Settings],
        on_file: Callable[[FileScan], None], on_progress: Callable[[int, int], None],
        skip: Callable[[Path], bool] = lambda p: False) -> bool:
    """Scan every file of the job's folders; return False when cancelled."""
    files: list[Path] = []
    for folder in job.folders:
        notes: list[str] = []
        files.extend(walk([folder], settings_for(folder), notes))
        for note in notes:
            log.info("%s", note)
    job.total = len(files)
    on_progress(0, job.total)
    index = ProjectIndex()
    last_report = time.monotonic()
    for count, path in enumerate(files, 1):
        if job.cancelled.is_set():
            return False
        if not skip(path):
            on_file(scan_one(path, settings_for(path.parent), index))
        job.scanned = count
        now = time.monotonic()
        if now - last_report >= REPORT_INTERVAL or count == job.total or count == 1:
            last_report = now
            on_progress(count, job.total)
    return not job.cancelled.is_set()


def scan_one(path: Path, settings: Settings, index: ProjectIndex | None = None) -> FileScan:
    try:
        result = scan_file(path, str(path), settings, index or ProjectIndex())
    except Exception:  # one broken file must not end the workspace scan
        log.exception("scan of %s failed", path)
        return FileScan(path, ScanResult(str(path)), None)
    for note in result.notes:  # a file it cannot read may hold a key: say so, as `check` does
        log.log(logging.WARNING if is_read_error(note) else logging.INFO, "%s", note)
    data = None
    if result.findings:
        data = read_source(path, settings.max_file_size).text
    return FileScan(path, result, data)
