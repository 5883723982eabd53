"""The JSON-RPC side of the server: pygls' protocol without its own document copies, and the
position encoding negotiated at `initialize`."""

from __future__ import annotations

import logging

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidRequest
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from mistral_keyguard.lsp.text import UTF8, UTF16

log = logging.getLogger("mistral_keyguard.lsp")


def choose_encoding(capabilities: types.ClientCapabilities) -> str:
    """UTF-8 when the client offers it (no conversion for us), else the mandatory UTF-16."""
    offered = (capabilities.general and capabilities.general.position_encodings) or []
    return UTF8 if UTF8 in offered else UTF16


class _Answered:
    """A message already answered during deserialisation: pygls ignores it (unknown version)."""

    jsonrpc = "answered"


class KeyguardProtocol(LanguageServerProtocol):
    """pygls' protocol, minus its own copy of every document: ours keeps bytes and a tree."""

    def structure_message(self, data):
        """pygls drops a request whose params do not fit the protocol types without answering;
        answer it with InvalidParams so the client does not wait forever."""
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                log.warning("invalid params for %s: request %s answered with an error", data["method"], data["id"])
                self._send_response(data["id"], error=exc.to_response_error())
                return _Answered()
            raise

    def handle_message(self, message):
        """After `shutdown`, a request gets InvalidRequest (pygls drops it unanswered, and the
        client waits forever); notifications other than `exit` are ignored."""
        if self._shutdown and getattr(message, "method", None) not in (None, types.EXIT) \
                and getattr(message, "id", None) is not None:
            self._send_response(message.id, error=JsonRpcInvalidRequest("the server is shutting down")
                                .to_response_error())
            return None
        return super().handle_message(message)

    def _handle_notification(self, method_name, params):
        self._in_notification = True
        try:
            return super()._handle_notification(method_name, params)
        finally:
            self._in_notification = False

    def _execute_handler(self, msg_id, handler, callback, args=None, kwargs=None):
        """pygls files the future of a notification whose handler is a generator or a coroutine
        (ours for didOpen, didChange and didClose are generators) under a fresh id that nothing
        ever removes: one entry per keystroke, 2 MB per 1,000 edits. Drop each once it is done
        (not when cancelled: `shutdown` cancels them while it walks that dict)."""
        super()._execute_handler(msg_id, handler, callback, args, kwargs)
        if getattr(self, "_in_notification", False):
            future = self._request_futures.get(msg_id)
            if future is not None:
                future.add_done_callback(
                    lambda done: None if done.cancelled() else self._request_futures.pop(msg_id, None))

    def _user(self, method, params):
        if (handler := self.fm.features.get(method)) is not None:
            yield handler, (params,), None

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        result = yield from super().lsp_initialize(params)
        result.capabilities.position_encoding = self._server.encoding
        return result

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params):
        yield from self._user(types.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params):
        yield from self._user(types.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params):
        yield from self._user(types.TEXT_DOCUMENT_DID_CLOSE, params)

    @lsp_method(types.NOTEBOOK_DOCUMENT_DID_OPEN)
    def lsp_notebook_document__did_open(self, params):
        yield from self._user(types.NOTEBOOK_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.NOTEBOOK_DOCUMENT_DID_CHANGE)
    def lsp_notebook_document__did_change(self, params):
        yield from self._user(types.NOTEBOOK_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.NOTEBOOK_DOCUMENT_DID_CLOSE)
    def lsp_notebook_document__did_close(self, params):
        yield from self._user(types.NOTEBOOK_DOCUMENT_DID_CLOSE, params)
