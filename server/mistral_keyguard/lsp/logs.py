"""Server logging: stderr and `window/logMessage`, every record redacted before it leaves.

pygls logs whole messages (document text included) when something fails, so the redaction sits
on the handlers, not on our own calls: nothing written by any logger can carry a key in clear.
"""

from __future__ import annotations

import logging
import sys
import threading

from lsprotocol import types
from pygls.exceptions import JsonRpcException

from mistral_keyguard.keyshape import redact_text

LOGGER_NAME = "mistral_keyguard"
_LEVELS = {"error": logging.ERROR, "warning": logging.WARNING, "info": logging.INFO, "debug": logging.DEBUG}
_MESSAGE_TYPES = [
    (logging.ERROR, types.MessageType.Error),
    (logging.WARNING, types.MessageType.Warning),
    (logging.INFO, types.MessageType.Info),
    (0, types.MessageType.Log),
]


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact_text(super().format(record))


class ClientLogHandler(logging.Handler):
    """Forwards our records to the client as `window/logMessage`, from any thread."""

    def __init__(self, server) -> None:
        super().__init__()
        self.server = server
        self._local = threading.local()
        self.setFormatter(RedactingFormatter("%(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(self._local, "busy", False):
            return  # a log line written while sending a log line: drop it, never recurse
        self._local.busy = True
        try:
            message = self.format(record)
            kind = next(t for level, t in _MESSAGE_TYPES if record.levelno >= level)
            self.server.send_from_any_thread(
                lambda: self.server.window_log_message(types.LogMessageParams(type=kind, message=message)))
        except Exception:  # logging must never take the server down
            pass
        finally:
            self._local.busy = False


class _AnsweredErrorsInOneLine(logging.Filter):
    """pygls logs a traceback for every error it answers (InvalidParams to a stale command, say):
    the client got the error, so one line says enough."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], JsonRpcException):
            record.msg, record.args = f"{record.getMessage()}: {record.exc_info[1]}", ()
            record.exc_info, record.exc_text = None, None
        return True


def setup(level: str, *, stream=None) -> logging.Handler:
    """Redacted stderr logging for our logger; pygls and the rest only say warnings."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_AnsweredErrorsInOneLine())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("pygls").setLevel(logging.WARNING)  # it logs every message body at INFO
    set_level(level)
    return handler


def set_level(level: str) -> None:
    logging.getLogger(LOGGER_NAME).setLevel(_LEVELS.get(level, logging.INFO))


class _ClientHasIt(logging.Filter):
    """Keeps our records off stderr while a client receives them as `window/logMessage`: editors
    show a server's stderr too (VS Code tags it [error]), and every line would appear twice."""

    def __init__(self, server) -> None:
        super().__init__()
        self.server = server

    def filter(self, record: logging.LogRecord) -> bool:
        loop = self.server.loop
        return not (record.name.startswith(LOGGER_NAME) and loop is not None and not loop.is_closed())


def attach_client(server) -> ClientLogHandler:
    handler = ClientLogHandler(server)
    logging.getLogger(LOGGER_NAME).addHandler(handler)
    for stderr_handler in logging.getLogger().handlers:
        stderr_handler.addFilter(_ClientHasIt(server))
    return handler
