"""The language server's entry point: `mistral-keyguard server` over stdio (or TCP).

The server is put together from one module per concern: `features.py` registers the LSP
methods, `targets.py` holds document state, `scheduling.py` the debounce and incremental scans,
`server_settings.py` the settings, `workspace_diagnostics.py` publishing, pull diagnostics and the
workspace scan, `actions.py` the code actions; `protocol.py` the JSON-RPC side. None of them
analyses code: they translate between LSP and `mistral_keyguard.engine` / `fixes`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import stat
import sys
import threading

from pygls.io_ import StdoutWriter

from mistral_keyguard.lsp import logs
from mistral_keyguard.lsp.features import create_server
from mistral_keyguard.lsp.framing import read_messages
from mistral_keyguard.lsp.keyguard_server import KeyguardServer

__all__ = ["KeyguardServer", "create_server", "main"]

log = logging.getLogger("mistral_keyguard.lsp")


def main(argv: list[str] | None = None) -> int:
    """`mistral-keyguard server [--tcp --host H --port N] [--log-level LEVEL]`."""
    args = _arguments().parse_args(argv)
    logs.setup(args.log_level)
    server = create_server()
    server.cli_log_level = args.log_level
    # Everything loaded so far (grammars, queries, protocol types) lives as long as the process:
    # keep it out of the cyclic collector's way, whose full passes otherwise cost keystrokes.
    gc.collect()
    gc.freeze()
    # A full scan in the worker holds the GIL in long Python stretches; hand it back to the event
    # loop sooner than the default 5 ms so a keystroke typed meanwhile is not queued behind it.
    sys.setswitchinterval(0.001)
    logs.attach_client(server)
    code = 0
    try:
        if args.tcp:
            log.info("listening on %s:%d", args.host, args.port)
            server.start_tcp(args.host, args.port)
        else:
            code = serve_stdio(server)
    finally:
        server.stopping = True
        server.isolated.close()
        server.cancel_workspace_scan()
        server.scan_executor.shutdown(wait=False, cancel_futures=True)
        server.isolated_executor.shutdown(wait=False, cancel_futures=True)
        server.workspace_executor.shutdown(wait=False, cancel_futures=True)
    return code


def serve_stdio(server: KeyguardServer) -> int:
    """Like pygls' `start_io`, but stdin is read by the event loop itself (a pipe transport), not
    by a thread per read: a keystroke reaches the handler without waiting for a thread switch.
    The exit code: 0 after `shutdown` then `exit`, 1 for `exit` alone (the protocol's rule)."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    if not stat.S_ISFIFO(os.fstat(stdin.fileno()).st_mode) and not stat.S_ISSOCK(os.fstat(stdin.fileno()).st_mode):
        server.start_io()  # a file or terminal: pygls' threaded reader copes with those
        return 0
    server._stop_event = threading.Event()
    server.protocol.set_writer(StdoutWriter(stdout))

    async def loop_main() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(_quiet_cancellation)
        reader = asyncio.StreamReader(limit=2 ** 26)
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), stdin)
        try:
            await read_messages(reader, server.protocol, server._stop_event)
        except asyncio.IncompleteReadError:
            log.info("stdin closed in the middle of a message")

    code = 0
    try:
        asyncio.run(loop_main())
    except BrokenPipeError:
        log.error("connection to the client is lost; shutting down")
    except KeyboardInterrupt:
        pass
    except SystemExit as exc:  # `exit`: pygls says 0 after `shutdown`, else 1
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        server.shutdown()
    return code


def _quiet_cancellation(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    """Handlers cancelled by `exit` are expected; anything else is logged as one line."""
    exc = context.get("exception")
    if isinstance(exc, asyncio.CancelledError):
        return
    log.error("internal error: %s", context.get("message") or type(exc).__name__)


def _arguments() -> argparse.ArgumentParser:
    parser_ = argparse.ArgumentParser(prog="mistral-keyguard server",
                                      description="Run the mistral-keyguard language server.")
    parser_.add_argument("--stdio", action="store_true", help="speak LSP over stdin/stdout (the default)")
    parser_.add_argument("--tcp", action="store_true", help="listen on TCP instead of stdio (for debugging)")
    parser_.add_argument("--host", default="127.0.0.1")
    parser_.add_argument("--port", type=int, default=2087)
    parser_.add_argument("--log-level", default="info", choices=["error", "warning", "info", "debug"])
    return parser_
