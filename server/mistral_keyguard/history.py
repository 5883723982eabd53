"""`mistral-keyguard history`: keys that were ever committed, in any blob reachable from any ref.

Deleting a key from the code does not take it out of git: every clone still holds it, so a key
that was ever committed must be rotated. This scans each distinct blob once and says, per key
and path, which commit brought it in, when, and whether the key is still present at HEAD.

It drives git itself rather than pygit2 or dulwich: git is already there wherever a repository
is, `git cat-file --batch` streams every object through one process (packs inflated in C), and
no native wheel is added to the install. Every git call neutralises the repository's config
(see `gitcmd`), since the repository is untrusted.

Rules: MK001 and MK007 as `check` finds them, and any key-shaped literal in a file that mentions
Mistral (a README, a script, a notebook output) reported under MK001 or MK007 by file kind.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from mistral_keyguard import gitcmd, keyshape, safe_git
from mistral_keyguard.catalogue import ROTATE_URL
from mistral_keyguard.document import SourceText
from mistral_keyguard.engine import make_finding, scan
from mistral_keyguard.finding import Finding
from mistral_keyguard.globs import cached_spec
from mistral_keyguard.known_keys import is_code
from mistral_keyguard.languages import language_for_path
from mistral_keyguard.settings import Settings

HISTORY_RULES = frozenset({"MK001", "MK007"})
_MISTRAL = re.compile(rb"(?i)mistral")
_ZERO = "0" * 40
LONG_GIT_SECONDS = 3600  # whole-history listings of a large repository

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Introduction:
    """The commit that brought a blob in at a path (None when only a merge did)."""

    commit: str | None
    timestamp: int | None


@dataclass
class HistoryFinding:
    finding: Finding
    commit: str | None
    timestamp: int | None
    at_head: bool

    @property
    def date(self) -> str | None:
        if self.timestamp is None:
            return None
        return datetime.fromtimestamp(self.timestamp, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


@dataclass
class History:
    findings: list[HistoryFinding] = field(default_factory=list)
    blobs_total: int = 0
    blobs_scanned: int = 0
    commits: int = 0
    notes: list[str] = field(default_factory=list)


def introductions(repo: Path) -> tuple[dict[tuple[str, str], Introduction], int]:
    """(blob, path) -> the earliest commit that wrote it there, from one `git log --raw` pass."""
    out = gitcmd.run(repo, "log", "--all", "--root", "--raw", "--no-abbrev", "--no-renames", "-z",
                     "--no-color", "--no-ext-diff", "--format=%x01%H %ct", timeout=LONG_GIT_SECONDS)
    found: dict[tuple[str, str], Introduction] = {}
    commits = 0
    for chunk in out.split(b"\x01")[1:]:
        header, _, rest = chunk.partition(b"\0")
        commit, _, stamp = header.decode("ascii", "replace").partition(" ")
        when = int(stamp) if stamp.strip().isdigit() else None
        commits += 1
        fields = rest.lstrip(b"\n").split(b"\0")
        for meta, raw_path in zip(fields[0::2], fields[1::2]):
            parts = meta.split()
            if len(parts) < 5 or parts[3].decode() == _ZERO:
                continue
            key = (parts[3].decode(), raw_path.decode("utf-8", "surrogateescape"))
            known = found.get(key)
            if known is None or (when is not None and (known.timestamp or 0) > when):
                found[key] = Introduction(commit, when)
    return found, commits


def reachable_blobs(repo: Path, max_size: int) -> tuple[dict[str, str], int]:
    """(blob -> a path it was seen at, for blobs up to `max_size` bytes; number of blobs)."""
    objects = gitcmd.run(repo, "rev-list", "--all", "--objects", timeout=LONG_GIT_SECONDS)
    checked = gitcmd.run(repo, "cat-file", "--batch-check=%(objecttype) %(objectname) %(objectsize) %(rest)",
                         input=objects, timeout=LONG_GIT_SECONDS)
    blobs: dict[str, str] = {}
    total = 0
    for line in checked.decode("utf-8", "surrogateescape").splitlines():
        kind, _, rest = line.partition(" ")
        if kind != "blob":
            continue
        total += 1
        name, size, path = (rest.split(" ", 2) + ["", ""])[:3]
        if size.isdigit() and int(size) <= max_size and path:
            blobs[name] = path
    return blobs, total


def head_blobs(repo: Path) -> set[str]:
    try:
        listing = gitcmd.run(repo, "ls-tree", "-r", "-z", "HEAD")
    except gitcmd.GitError:
        return set()  # no commit yet, or HEAD names nothing
    return {entry.split(b"\t", 1)[0].split()[2].decode() for entry in listing.split(b"\0")
            if entry and entry.split(b"\t", 1)[0].split()[1] == b"blob"}


def read_blobs(repo: Path, names: list[str]) -> Iterator[tuple[str, bytes]]:
    """Each blob's bytes through one `git cat-file --batch` process."""
    process = safe_git.start_git(str(repo), "cat-file", "--batch", environment=gitcmd.git_env())

    def feed() -> None:
        try:
            for name in names:
                process.stdin.write(name.encode() + b"\n")
        except BrokenPipeError:
            pass
        finally:
            process.stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        for _ in names:
            header = process.stdout.readline().split()
            if len(header) != 3:
                continue  # "<name> missing"
            data = process.stdout.read(int(header[2]))
            process.stdout.read(1)  # the newline after each object
            yield header[0].decode(), data
    finally:
        process.stdout.close()
        if process.poll() is None:
            process.kill()  # stopped early (an exception or a closed pipe downstream)
        process.wait()
        writer.join(timeout=5)


def scan_blob(path: str, data: bytes, settings: Settings) -> list[Finding]:
    """MK001/MK007 findings of one blob, plus key-shaped literals when it mentions Mistral."""
    if b"\0" in data[:8192] or not keyshape.EMBEDDED_BYTES.search(data):
        return []
    language = language_for_path(path)
    findings = [f for f in scan(path, data, settings, language=language).findings if f.secret_hash]
    if _MISTRAL.search(data):
        seen = {f.secret_hash for f in findings}
        source = SourceText(data)
        code = "MK001" if is_code(path, language) else "MK007"
        for match in keyshape.EMBEDDED_BYTES.finditer(data):
            token = match.group().decode("ascii")
            if _inside_base64(data, match.start(), match.end()):
                continue
            if keyshape.is_key(token) and keyshape.key_hash(token) not in seen:
                seen.add(keyshape.key_hash(token))
                findings.append(make_finding(path, source, settings, code, match.start(), match.end(),
                                             where=" — a key-shaped literal in a file that mentions Mistral",
                                             key=token))
    return findings


def _inside_base64(data: bytes, start: int, end: int) -> bool:
    """A run of a longer base64 value (`integrity: sha512-...`), bounded by `+` or `/`."""
    before = data[start - 1:start] if start else b""
    return before in (b"+", b"/") or data[end:end + 1] in (b"+", b"/")


def scan_history(repo: Path, settings: Settings, progress: Progress | None = None) -> History:
    settings = replace(settings, select=settings.select & HISTORY_RULES)
    intros, commits = introductions(repo)
    blobs, total = reachable_blobs(repo, settings.max_file_size)
    exclude = cached_spec(tuple(settings.exclude)) if settings.exclude else None  # bad patterns skipped
    if exclude is not None:
        blobs = {name: path for name, path in blobs.items() if not exclude.match_file(path)}
    at_head = head_blobs(repo)
    history = History(blobs_total=total, commits=commits)
    head_keys: set[str] = set()
    by_blob: dict[str, list[Finding]] = {}
    names = sorted(blobs)
    for done, (name, data) in enumerate(read_blobs(repo, names), 1):
        if name in at_head:
            head_keys |= _token_hashes(data)
        found = scan_blob(blobs[name], data, settings)
        if found:
            by_blob[name] = found
        history.blobs_scanned = done
        if progress is not None:
            progress(done, len(names))
    history.findings = _first_occurrences(by_blob, blobs, intros, head_keys)
    return history


def _token_hashes(data: bytes) -> set[str]:
    return {keyshape.key_hash(t) for t in (m.group().decode("ascii") for m in keyshape.EMBEDDED_BYTES.finditer(data))
            if keyshape.is_key(t)}


def _first_occurrences(by_blob: dict[str, list[Finding]], blobs: dict[str, str],
                       intros: dict[tuple[str, str], Introduction], head_keys: set[str]) -> list[HistoryFinding]:
    """One report per key and path: the earliest commit that wrote the key there."""
    paths_of: dict[str, list[tuple[str, Introduction]]] = {}
    for (blob, path), intro in intros.items():
        if blob in by_blob:
            paths_of.setdefault(blob, []).append((path, intro))
    best: dict[tuple[str, str], HistoryFinding] = {}
    for blob, findings in by_blob.items():
        for path, intro in paths_of.get(blob) or [(blobs[blob], Introduction(None, None))]:
            for finding in findings:
                key = (finding.secret_hash, path)
                current = best.get(key)
                if current is None or _earlier(intro, current):
                    located = replace(finding, path=path)
                    best[key] = HistoryFinding(located, intro.commit, intro.timestamp,
                                               finding.secret_hash in head_keys)
    out = [replace(h, finding=_with_history_message(h)) for h in best.values()]
    return sorted(out, key=lambda h: (h.timestamp or 0, h.finding.path, h.finding.span.start.byte))


def _earlier(intro: Introduction, current: HistoryFinding) -> bool:
    if intro.timestamp is None:
        return False
    return current.timestamp is None or intro.timestamp < current.timestamp


def _with_history_message(h: HistoryFinding) -> Finding:
    where = f"committed in {h.commit[:12]} on {h.date}" if h.commit else "committed in a merge"
    status = ("still present at HEAD: remove it from the code" if h.at_head
              else "no longer at HEAD, but every clone still holds it")
    message = (f"Mistral API key {h.finding.masked_key} {where} ({h.finding.path}:{h.finding.line + 1}); "
               f"{status}, and rotate it at {ROTATE_URL}")
    return replace(h.finding, message=message)
