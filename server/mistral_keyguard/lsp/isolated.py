"""Large documents (a minified bundle, a generated file) are scanned in a child process running
our own engine on the text, so that their seconds of work never hold the server's interpreter:
the event loop keeps answering and the other documents' scans keep their pace.

The child is `python -m mistral_keyguard.lsp.isolated`, started from the folder holding our own
package (never from the workspace: `-m` puts the current folder first on the import path), and
speaks length-prefixed pickles over its stdin and stdout. A scan made stale by a newer edit, and
every scan at shutdown, ends by killing the child; the next large scan starts a fresh one.
"""

from __future__ import annotations

import functools
import os
import pickle
import re
import struct
import subprocess
import sys
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from mistral_keyguard.fixes import scan_with_fixes
from mistral_keyguard.languages import has_grammar, parse_refusal, parser
from mistral_keyguard.lsp import incremental
from mistral_keyguard.rules.element_keys import keyed_attributes
from mistral_keyguard.lsp.text import DocumentText

# Documents at least this large are scanned in the child (a 10,000-line module is about 300 KB
# and stays in the server, where its edits take the incremental path).
ISOLATE_BYTES = 512 * 1024
# An edit re-parses the statement it touches in the server: past this size, it is left to the child.
MAX_INLINE_CHUNK = 64 * 1024
_HEADER = struct.Struct("!Q")
_PACKAGE_PARENT = Path(__file__).resolve().parents[2]


_CLOSED = object()  # `cancel`'s default: the document is gone, no version of it is current


class ScanCancelled(Exception):
    """The child was stopped (a newer edit, shutdown) before it answered."""


class IsolatedScanner:
    """One child process, one scan at a time; `scan` blocks its (dedicated) thread only."""

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()  # one scan at a time
        self._state = threading.Lock()  # guards _process, _running and _closed
        self._running: tuple[str, object] | None = None  # (uri, version) of the scan under way
        # uri -> its newest version, as the last `cancel` saw it: a scan of an older version that
        # had not yet reached the child when the edit came is stale before it starts.
        self._newest: dict[str, object] = {}
        self._closed = False
        self.started = 0  # children started so far (for tests and logs)

    def scan(self, key: tuple[str, object], path: str, data: bytes, settings, language: str | None, project):
        """(ScanResult of `scan_with_fixes` on `data`, the text's incremental chunks or None),
        computed in the child; `key` is the document's (uri, version). With the chunks, the
        server re-scans edits of the document itself, without ever parsing the whole text.
        Raises ScanCancelled when `cancel` or `close` stopped it."""
        job = pickle.dumps((path, data, settings, language, _picklable(project, data)), protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            with self._state:
                if self._closed or self._newest.get(key[0], key[1]) != key[1]:
                    raise ScanCancelled(key)
                process = self._ensure_process()
                self._running = key
            try:
                _send(process.stdin, job)
                status, value = _receive(process.stdout)
            except (OSError, EOFError, pickle.UnpicklingError, struct.error) as exc:
                self._stop(process)
                raise ScanCancelled(key) from exc
            finally:
                with self._state:
                    self._running = None
        if status != "ok":
            raise RuntimeError(value)
        return value

    def cancel(self, uri: str, keep_version=_CLOSED) -> bool:
        """Stop the scan of `uri` running or about to run, unless it is of `keep_version` (still
        current); without `keep_version` (the document closed), any scan of it."""
        with self._state:
            if keep_version is _CLOSED:
                self._newest.pop(uri, None)
            else:
                self._newest[uri] = keep_version
            running = self._running
            if running is None or running[0] != uri or running[1] == keep_version or self._process is None:
                return False
            process = self._process
        self._stop(process)
        return True

    def close(self) -> None:
        with self._state:
            self._closed = True
            process = self._process
        if process is not None:
            self._stop(process)

    def _ensure_process(self) -> subprocess.Popen:
        if self._process is None or self._process.poll() is not None:
            env = dict(os.environ)
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_PACKAGE_PARENT), env.get("PYTHONPATH")]))
            self._process = subprocess.Popen(
                [sys.executable, "-m", "mistral_keyguard.lsp.isolated"], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=str(_PACKAGE_PARENT), env=env)
            self.started += 1
        return self._process

    def _stop(self, process: subprocess.Popen) -> None:
        with self._state:
            if self._process is process:
                self._process = None
        try:
            process.kill()
            process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        for stream in (process.stdin, process.stdout):
            try:
                stream.close()
            except OSError:
                pass


def _picklable(project, data: bytes):
    """The project facts without their callables: what they would answer, asked now."""
    if project is None:
        return None
    talks = project.talks_to_mistral() if project.mistral_probe is not None else False
    heads = project.importers() if project.importers is not None else []
    # One hop further only where MK002 may ask it: a file that names Mistral or imports a fact of it.
    parents = {rel: project.importers(rel) for rel, _language, _head in heads[:_IMPORTERS_ASKED]} \
        if project.imported or _MISTRAL.search(data) else {}
    # The Flask probe walks the project: asked only of a file that may write the app config whole.
    flask = b".config" in data and project.flask_config_holds_key()
    # The config-section probe walks the project too: asked for the sections the file reads by name.
    sections = {(name,): project.config_section_holds_key(name)
                for name in dict.fromkeys(m.decode() for m in _SECTION_READ.findall(data)[:_SECTIONS_ASKED])} \
        if b".get" in data and (b"ConfigService" in data or b"config\"" in data or b"config'" in data) \
        and project.config_section_probe is not None else {}
    elements = {(tag, prop, attribute): project.element_takes_key(tag, prop, attribute)
                for tag, prop, attribute, *_rest in keyed_attributes(data)} if project.element_probe else {}
    return replace(project, mistral_probe=functools.partial(bool, talks),
                   flask_config_probe=functools.partial(bool, flask),
                   config_section_probe=functools.partial(_asked, sections),
                   element_probe=functools.partial(_asked, elements),
                   importers=_AskedImporters(heads, parents), imported=dict(project.imported),
                   key_uses=dict(project.key_uses))


def _asked(answers: dict, *question) -> bool:
    """A probe's answer computed before the scan (`_picklable`)."""
    return answers.get(question, False)


_MISTRAL = re.compile(rb"(?i)mistral")
_SECTION_READ = re.compile(rb"""\.get(?:OrThrow)?\s*(?:<[^>()]{0,80}>)?\(\s*["'`]([\w-]+)""")
_SECTIONS_ASKED = 16
_IMPORTERS_ASKED = 32  # as many as the classifier places a module by


@dataclass(frozen=True)
class _AskedImporters:
    """`ProjectContext.importers` asked beforehand (a lambda does not pickle): a file's importers,
    and one hop up, theirs."""

    heads: list
    parents: dict

    def __call__(self, of: str | None = None) -> list:
        return list(self.heads) if of is None else list(self.parents.get(of, ()))


def _send(stream, payload: bytes) -> None:
    stream.write(_HEADER.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def _receive(stream):
    header = _read_exactly(stream, _HEADER.size)
    return pickle.loads(_read_exactly(stream, _HEADER.unpack(header)[0]))


def _read_exactly(stream, size: int) -> bytes:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError("the scan process is gone")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _scan(path: str, data: bytes, settings, language: str | None, project, cache: incremental.ChunkCache):
    tree = None
    if language is not None and has_grammar(language) and parse_refusal(language, data) is None:
        tree = parser(language).parse(data)
    result = scan_with_fixes(path, data, settings, language=language, project=project, tree=tree)
    chunks = None
    if tree is not None and not tree.root_node.has_error:
        chunks = incremental.chunks(tree, data, DocumentText(data).starts, cache,
                                    incremental.prefilters_for(language, settings))
        if any(c.end - c.start > MAX_INLINE_CHUNK for c in chunks):
            chunks = None  # a bundle's one statement: re-parsing it in the server would stall it
    return result, chunks


def serve() -> None:
    """The child's loop: a job in, its result (or its error, as one line) out, until stdin closes."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    cache = incremental.ChunkCache()
    while True:
        try:
            path, data, settings, language, project = _receive(stdin)
        except EOFError:
            return
        try:
            reply = ("ok", _scan(path, data, settings, language, project, cache))
        except Exception as exc:  # one line back to the server; never the text
            reply = ("error", f"{type(exc).__name__}: {exc}")
        _send(stdout, pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    serve()
