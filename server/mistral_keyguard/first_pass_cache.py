"""What `check`'s first pass learned of each file, kept between runs by content hash.

The first pass (`workspace.sift_file`) reads every file of the tree; what it learns of one
depends on the file's bytes, its language, the settings and the engine alone: whether a rule's
prefilter wants it, the hashes of its key-shaped tokens, the project view's flags and the
imports it states. A second `check` of a tree that barely changed finds those facts here, keyed
by the SHA-256 of the bytes, instead of running every prefilter again.

What is stored: booleans, SHA-256 hashes of key-shaped tokens (never a token), and the module
names of import statements. One file per scanned folder, settings and engine, in the user's cache
folder (never in the scanned tree): a header line, then one line per file, its key and its entry
as JSON. The entries stay text until a file asks for its own (a tree's worth of decoded entries,
copied into each worker, cost tens of MB); a file or line that cannot be read or parsed is no
entry, and a cache that cannot be written is skipped: the cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from dataclasses import fields
from pathlib import Path

from mistral_keyguard import __version__
from mistral_keyguard.settings import Settings

# Where the cache lives: this variable's folder, else the platform's user cache folder. An empty
# value turns the cache off (as `check --no-cache` does).
CACHE_ENV = "MISTRAL_KEYGUARD_CACHE_DIR"
_FORMAT = 2
_HEADER = f"mistral-keyguard first pass cache {_FORMAT}\n"
# Files kept in the cache folder: one per scanned folder and settings; the oldest go first.
_MAX_CACHE_FILES = 64
# A cache file larger than this is not read (a tree's worth of entries is a few MB).
_MAX_CACHE_BYTES = 256 * 1024 * 1024


def cache_folder() -> Path | None:
    """The folder for cache files, or None when the cache is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "mistral-keyguard" / "cache" if base else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mistral-keyguard" if os.path.isabs(base) else None


def content_key(data: bytes, language: str | None) -> str:
    """The key of a file's entry: its language and the hash of its bytes."""
    return f"{language}:{hashlib.sha256(data).hexdigest()[:40]}"


def _engine_stamp() -> str:
    """The engine's version, and the size and time of each of its modules: an edited engine
    (a development checkout) never reads the entries of another."""
    package = Path(__file__).parent
    parts = [__version__, sys.version, str(_FORMAT)]
    for folder, _dirs, names in sorted(os.walk(package)):
        for name in sorted(names):
            if name.endswith(".py"):
                stat = os.stat(os.path.join(folder, name))
                parts.append(f"{os.path.relpath(os.path.join(folder, name), package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def _settings_text(settings: Settings) -> str:
    """The settings, the same in every process (a set's order changes from one to the next)."""
    def canonical(value: object) -> object:
        if isinstance(value, (set, frozenset)):
            return sorted(map(repr, value))
        if isinstance(value, dict):
            return sorted((repr(k), repr(v)) for k, v in value.items())
        return repr(value)
    return repr([(item.name, canonical(getattr(settings, item.name))) for item in fields(settings)])


class FirstPassCache:
    """The entries of one scanned folder under one engine and settings (`open`), and the file
    they are saved to (`save`)."""

    def __init__(self, path: Path | None, entries: dict[str, str]) -> None:
        self.path = path
        self.entries = entries

    @classmethod
    def open(cls, folder: Path | None, scanned: Path, settings: Settings, with_view: bool) -> "FirstPassCache":
        if folder is None:
            return cls(None, {})
        namespace = "\n".join((_engine_stamp(), _settings_text(settings), os.path.realpath(scanned), str(with_view)))
        path = folder / f"first-pass-{hashlib.sha256(namespace.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}.txt"
        return cls(path, _load(path))

    def save(self, used: dict[str, list | None]) -> None:
        """Keep the entries of this run (those of files no longer in the tree are dropped): a new
        entry, or None for one read from this cache. A run that learned nothing new and dropped
        nothing writes nothing."""
        if self.path is None or used.keys() == self.entries.keys() and not any(used.values()):
            return
        lines = [_HEADER] + [f"{key}\t{json.dumps(entry, separators=(',', ':')) if entry else self.entries[key]}\n"
                             for key, entry in used.items()]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".first-pass-", suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.writelines(lines)
                os.replace(temporary, self.path)
            except BaseException:
                os.unlink(temporary)
                raise
            _prune(self.path.parent)
        except (OSError, ValueError):
            pass  # a read-only or full disk: the next run is only slower


def _load(path: Path) -> dict[str, str]:
    try:
        if path.is_symlink() or path.stat().st_size > _MAX_CACHE_BYTES:
            return {}
        with open(path, encoding="utf-8") as handle:
            if handle.readline() != _HEADER:
                return {}
            pairs = [line.rstrip("\n").split("\t", 1) for line in handle]
    except (OSError, ValueError):
        return {}
    return dict(pair for pair in pairs if len(pair) == 2)


def entry_of(text: str) -> list | None:
    """A stored entry, decoded when its file asks for it; None for a damaged one."""
    try:
        entry = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return entry if valid_entry(entry) else None


def valid_entry(entry: object) -> bool:
    """An entry as `workspace.first_pass_facts` makes it ([bool, [hash, ...], int, bool, bool,
    [statement, ...]], a statement being a module name or a list of texts): a damaged file gives
    none that could stop a run."""
    return isinstance(entry, list) and len(entry) == 6 and isinstance(entry[1], list) and \
        isinstance(entry[2], int) and isinstance(entry[5], list) and \
        all(isinstance(item, str) for item in entry[1]) and all(map(_valid_statement, entry[5]))


def _valid_statement(statement: object) -> bool:
    if isinstance(statement, str):
        return True
    return isinstance(statement, list) and 1 <= len(statement) <= 2 and all(isinstance(s, str) for s in statement)


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("first-pass-*"), key=lambda item: item.stat().st_mtime, reverse=True)
    for stale in files[_MAX_CACHE_FILES:]:
        stale.unlink()
