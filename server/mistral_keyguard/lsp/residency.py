"""Which open documents keep their parse tree and incremental chunks in memory.

A tree-sitter tree costs about 40 times its text (4.4 MB for a 112 KB module) and a document's
chunk facts about 13 times (1.5 MB): three hundred open documents held 1.6 GB. Only the documents
being worked on need them, for keystroke-fast re-scans; the others keep their text and their
last findings, and get a fresh parse (tens of milliseconds) on their next edit.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from collections import OrderedDict
from dataclasses import replace

from mistral_keyguard.lsp.documents import OpenDocument

log = logging.getLogger("mistral_keyguard.lsp")

KEEP_DOCUMENTS = 8  # the most recently opened or edited documents keep trees and chunks


class Residency:
    """The most recently active documents, by uri, most recent last."""

    def __init__(self, keep: int = KEEP_DOCUMENTS) -> None:
        self.keep = keep
        self._recent: OrderedDict[str, None] = OrderedDict()

    def touch(self, uri: str) -> list[str]:
        """`uri` was opened or edited: it stays resident; returns the uris that no longer do."""
        self._recent[uri] = None
        self._recent.move_to_end(uri)
        evicted = []
        while len(self._recent) > self.keep:
            evicted.append(self._recent.popitem(last=False)[0])
        return evicted

    def forget(self, uri: str) -> None:
        self._recent.pop(uri, None)

    def resident(self, uri: str) -> bool:
        return uri in self._recent


def release(doc: OpenDocument) -> None:
    """Drop what can be recomputed: the trees, and the chunks of the last outcome."""
    doc.tree = None
    doc.edited = None
    outcome = doc.outcome
    if outcome is not None:
        outcome.chunks = None
        if outcome.snapshot.tree is not None or outcome.snapshot.base is not None:
            outcome.snapshot = replace(outcome.snapshot, tree=None, base=None)


def _load_malloc_trim():
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None


_MALLOC_TRIM = _load_malloc_trim()


def return_memory() -> None:
    """Hand freed heap pages back to the system (glibc keeps them otherwise: tree-sitter's
    trees are many small C allocations). A no-op where there is no `malloc_trim`."""
    if _MALLOC_TRIM is not None:
        try:
            _MALLOC_TRIM(0)
        except (OSError, ctypes.ArgumentError):
            log.debug("malloc_trim failed")


def log_live_memory(open_documents: int) -> None:
    """At debug level, how many objects Python still holds once documents are closed. Objects
    left behind raise the count from one close-all to the next; resident memory above it is the
    allocator's (it keeps a 1 MiB arena while any one object in it lives)."""
    if log.isEnabledFor(logging.DEBUG):
        log.debug("after closing: %d documents open, %d Python blocks allocated",
                  open_documents, sys.getallocatedblocks())
