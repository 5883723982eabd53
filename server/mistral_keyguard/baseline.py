"""Baselines: record the findings a project has today, then report only new ones.

An entry holds the rule, the path and two hashes, never a key:
- the finding's fingerprint (rule, path and the whitespace-normalised line with the key replaced
  by its hash), which survives the line moving;
- an anchor (rule, path and the key's hash, or for a finding without a key the flagged code
  with all whitespace removed), which survives reformatting that rewraps the line.

Matching consumes entries: fingerprints first, then anchors of what is left. So a finding that
moved or was reformatted stays baselined, while a second copy of the same key is new (in
another file its path differs; in the same file the original has already used the entry).
Paths are relative to the baseline file's folder, so the file works from any directory.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mistral_keyguard import keyshape
from mistral_keyguard.finding import Finding

FORMAT_VERSION = 1
_ANCHOR_SALT = b"mistral-keyguard/baseline-anchor/1\0"


class BaselineError(ValueError):
    """The baseline file cannot be read; the message says which file and why."""


@dataclass(frozen=True)
class Entry:
    code: str
    path: str
    fingerprint: str
    anchor: str


def anchor(finding: Finding, data: bytes | None) -> str:
    """What still identifies `finding` once its line is rewrapped."""
    if finding.secret_hash:
        basis = finding.secret_hash
    else:
        flagged = b"" if data is None else data[finding.span.start.byte:finding.span.end.byte]
        basis = keyshape.redact_text("".join(flagged.decode("utf-8", "replace").split()))
    digest = hashlib.sha256(_ANCHOR_SALT + f"{finding.code}\0{finding.path}\0{basis}".encode())
    return digest.hexdigest()[:32]


def entries(findings: list[Finding], read=None) -> list[Entry]:
    """Entries for `findings`; `read(path)` gives a file's bytes (default: from disk)."""
    read = read or _read_bytes
    cache: dict[str, bytes | None] = {}
    out = []
    for finding in findings:
        if finding.secret_hash is None and finding.path not in cache:
            cache[finding.path] = read(finding.path)
        out.append(Entry(finding.code, finding.path, finding.fingerprint,
                         anchor(finding, cache.get(finding.path))))
    return out


def _read_bytes(path: str) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


def split(findings: list[Finding], baseline: list[Entry], read=None) -> tuple[list[Finding], list[Finding]]:
    """(new findings, baselined findings)."""
    current = entries(findings, read)
    unused: dict[tuple[str, str, str], list[str]] = {}  # (code, path, fingerprint) -> anchors
    by_anchor = Counter((e.code, e.path, e.anchor) for e in baseline)
    for e in baseline:
        unused.setdefault((e.code, e.path, e.fingerprint), []).append(e.anchor)
    matched = [False] * len(findings)
    for i, entry in enumerate(current):
        anchors = unused.get((entry.code, entry.path, entry.fingerprint))
        if anchors:
            by_anchor[(entry.code, entry.path, anchors.pop())] -= 1
            matched[i] = True
    for i, entry in enumerate(current):
        key = (entry.code, entry.path, entry.anchor)
        if not matched[i] and by_anchor[key] > 0:
            by_anchor[key] -= 1
            matched[i] = True
    new = [f for f, m in zip(findings, matched) if not m]
    old = [f for f, m in zip(findings, matched) if m]
    return new, old


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
