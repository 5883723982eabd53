"""Reading LSP messages from a byte stream, surviving a client that frames one badly.

Headers end at a blank line; `Content-Length` (any case, LF or CRLF line ends) gives the body's
size. A header block with no valid length, a body that is not JSON, or stray lines between
messages are reported once each and skipped: the next well-framed message is answered as usual,
instead of the server going silent for good.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading

log = logging.getLogger("mistral_keyguard.lsp")

# Larger bodies are refused (a negative or absurd length would make the reader wait forever).
MAX_BODY = 64 * 1024 * 1024
_MAX_HEADER_LINES = 64


async def read_messages(reader: asyncio.StreamReader, protocol, stop_event: threading.Event) -> None:
    """Hand each message to `protocol.handle_message` until the stream ends or `stop_event`."""
    while not stop_event.is_set():
        length = await _read_headers(reader)
        if length is None:
            return  # end of input
        if length < 0:
            continue  # a header block with no usable length: skipped, said once in the log
        body = await reader.readexactly(length)
        try:
            message = json.loads(body, object_hook=protocol.structure_message)
        except (ValueError, UnicodeDecodeError) as exc:
            log.error("a message of %d bytes is not valid JSON (%s); skipped", length, type(exc).__name__)
            continue
        except Exception as exc:  # the protocol's own structuring failed: keep serving
            log.error("a message could not be read (%s); skipped", type(exc).__name__)
            continue
        try:
            protocol.handle_message(message)
        except Exception as exc:
            log.error("internal error while handling a message: %s", type(exc).__name__)


async def _read_headers(reader: asyncio.StreamReader) -> int | None:
    """The body length of the next header block; -1 for a block without a usable one; None at the
    end of the input."""
    length: int | None = None
    problem = ""
    for _ in range(_MAX_HEADER_LINES):
        line = await reader.readline()
        if not line:
            return None
        text = line.rstrip(b"\r\n")
        start = text.lower().find(b"content-length:")
        if start > 0:  # the tail of a badly framed body runs into the next header: resynchronise
            problem = problem or "bytes before a header (the previous message was framed badly)"
            text = text[start:]
        if not text:
            if length is not None:
                return length
            if problem:
                log.error("message skipped: %s", problem)
                return -1
            continue  # blank lines between messages
        name, sep, value = text.partition(b":")
        if start > 0 and length is None and problem:
            log.error("message skipped: %s", problem)
            problem = ""
        if not sep:
            problem = problem or "a header line without a name (the previous message was framed badly)"
            continue
        if name.strip().lower() == b"content-length":
            parsed = _length(value.strip())
            if parsed is None:
                problem = f"invalid Content-Length {value.strip()[:20]!r}"
            else:
                length = parsed
    log.error("message skipped: more than %d header lines", _MAX_HEADER_LINES)
    return -1


def _length(value: bytes) -> int | None:
    if not value.isdigit():
        return None
    length = int(value)
    return length if length <= MAX_BODY else None
