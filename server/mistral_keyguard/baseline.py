"""Baselines: record the findings a project has today, then report only new ones.

An entry holds the rule, the path and two hashes, never a key:
- the finding's fingerprint (rule, path and the whitespace-normalised line with the key replaced
  by its hash), which survives the line moving;
- an anchor (rule, path and the key's hash, or for a finding without a key the flagged code
  with all whitespace removed), which survives reformatting that rewraps the line.

Matching consumes entries: fingerprints first, then anchors of what is left. So a finding that
moved or was reformatted stays baselined, while a second copy of the same key is new (in
another file its path differs; in the same file the original has already used the entry).
Paths are relative to the baseline file's folder, so the file works from any directory, and
the language server (absolute paths, the editor's text) matches the same entries.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from mistral_keyguard import keyshape
from mistral_keyguard.catalogue import Severity
from mistral_keyguard.finding import Finding
from mistral_keyguard.reporting import fingerprint
from mistral_keyguard.settings import Settings

FORMAT_VERSION = 1
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])")
_ANCHOR_SALT = b"mistral-keyguard/baseline-anchor/1\0"


class BaselineError(ValueError):
    """The baseline file cannot be read; the message says which file and why."""


@dataclass(frozen=True)
class Entry:
    code: str
    path: str
    fingerprint: str
    anchor: str


Reader = Callable[[Path], "bytes | None"]


def entry(finding: Finding, base: Path, data: bytes | None) -> Entry:
    """`finding` as the baseline at `base` records it. The finding's own fingerprint holds the path
    as it was displayed (relative to the cwd, or absolute in the server), so the same recipe is
    applied here to the path relative to the baseline's folder."""
    path = relative_path(finding.path, base)
    line = _line(data, finding.span.start.line)
    hashed = _TOKEN.sub(
        lambda m: keyshape.key_hash(m.group()) if keyshape.is_key(m.group()) else m.group(), line)
    return Entry(finding.code, path, fingerprint(finding.code, path, hashed, None), anchor(finding, path, data))


def anchor(finding: Finding, path: str, data: bytes | None) -> str:
    """What still identifies `finding` once its line is rewrapped."""
    if finding.secret_hash:
        basis = finding.secret_hash
    else:
        flagged = b"" if data is None else data[finding.span.start.byte:finding.span.end.byte]
        basis = keyshape.redact_text("".join(flagged.decode("utf-8", "replace").split()))
    digest = hashlib.sha256(_ANCHOR_SALT + f"{finding.code}\0{path}\0{basis}".encode())
    return digest.hexdigest()[:32]


def relative_path(path: str, base: Path) -> str:
    absolute = Path(path) if Path(path).is_absolute() else Path.cwd() / path
    try:
        return absolute.resolve().relative_to(base.resolve()).as_posix()
    except (ValueError, OSError):
        return absolute.as_posix()


def _line(data: bytes | None, line: int) -> str:
    if data is None:
        return ""
    lines = data.split(b"\n")
    return lines[line].decode("utf-8", "replace") if 0 <= line < len(lines) else ""


def entries(findings: list[Finding], base: Path, read: Reader | None = None) -> list[Entry]:
    """Entries for `findings`; `read(path)` gives a file's bytes (default: from disk)."""
    read = read or _read_bytes
    cache: dict[str, bytes | None] = {}
    out = []
    for finding in findings:
        if finding.path not in cache:
            path = Path(finding.path)
            cache[finding.path] = read(path if path.is_absolute() else Path.cwd() / path)
        out.append(entry(finding, base, cache[finding.path]))
    return out


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def split(findings: list[Finding], baseline: list[Entry], base: Path,
          read: Reader | None = None) -> tuple[list[Finding], list[Finding]]:
    """(new findings, baselined findings)."""
    current = entries(findings, base, read)
    unused: dict[tuple[str, str, str], list[str]] = {}  # (code, path, fingerprint) -> anchors
    by_anchor = Counter((e.code, e.path, e.anchor) for e in baseline)
    for e in baseline:
        unused.setdefault((e.code, e.path, e.fingerprint), []).append(e.anchor)
    matched = [False] * len(findings)
    for i, current_entry in enumerate(current):
        anchors = unused.get((current_entry.code, current_entry.path, current_entry.fingerprint))
        if anchors:
            by_anchor[(current_entry.code, current_entry.path, anchors.pop())] -= 1
            matched[i] = True
    for i, current_entry in enumerate(current):
        key = (current_entry.code, current_entry.path, current_entry.anchor)
        if not matched[i] and by_anchor[key] > 0:
            by_anchor[key] -= 1
            matched[i] = True
    new = [f for f, m in zip(findings, matched) if not m]
    old = [f for f, m in zip(findings, matched) if m]
    return new, old


BASELINED_NOTE = " [baselined]"


def for_document(findings: list[Finding], settings: Settings, data: bytes) -> list[Finding]:
    """The server's view of one scanned document under the project's baseline: baselined
    findings become hints (marked in the message) or disappear, as `settings.baselined` says.
    An unreadable baseline changes nothing (the CLI reports why)."""
    if not settings.baseline or not findings:
        return findings
    path = Path(settings.baseline)
    try:
        recorded = _cached_load(path, path.stat().st_mtime_ns)
    except (OSError, BaselineError):
        return findings
    new, old = split(findings, recorded, path.parent, read=lambda _path: data)
    if settings.baselined == "hide":
        return new
    old_ids = {id(f) for f in old}
    return [f if id(f) not in old_ids or f.message.endswith(BASELINED_NOTE)
            else replace(f, severity=Severity.HINT, message=f.message + BASELINED_NOTE) for f in findings]


@lru_cache(maxsize=8)
def _cached_load(path: Path, mtime_ns: int) -> list[Entry]:
    return load(path)


def dumps(items: list[Entry]) -> str:
    rows = sorted((e.path, e.code, e.fingerprint, e.anchor) for e in items)
    document = {
        "version": FORMAT_VERSION,
        "tool": "mistral-keyguard",
        "about": "Findings accepted when this file was written; `mistral-keyguard check --baseline` "
                 "reports only others. Holds hashes, never a key.",
        "findings": [{"code": c, "path": p, "fingerprint": f, "anchor": a} for p, c, f, a in rows],
    }
    return json.dumps(document, indent=2) + "\n"


def write(path: Path, items: list[Entry]) -> None:
    """Atomically: a temporary file beside the target, then a rename."""
    path = path.resolve()
    handle, temporary = tempfile.mkstemp(prefix=".baseline-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(dumps(items))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load(path: Path) -> list[Entry]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"baseline {path} not found; create it with --write-baseline {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"baseline {path} is not readable JSON ({exc.__class__.__name__})") from None
    if not isinstance(document, dict) or document.get("version") != FORMAT_VERSION:
        raise BaselineError(f"baseline {path}: unknown format (expected version {FORMAT_VERSION})")
    rows = document.get("findings")
    if not isinstance(rows, list):
        raise BaselineError(f"baseline {path}: no findings list")
    try:
        return [Entry(str(r["code"]), str(r["path"]), str(r["fingerprint"]), str(r["anchor"])) for r in rows]
    except (KeyError, TypeError):
        raise BaselineError(f"baseline {path}: an entry lacks code, path, fingerprint or anchor") from None
