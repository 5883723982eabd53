"""After a scan fails, the editor must not keep diagnostics of an older text as if they were
current (issue 12, item 9): the server logs the error and publishes what it knows for the version
the editor has. In-process: a failed scan cannot be provoked from outside."""

from __future__ import annotations

import asyncio
import logging

import pytest
from mistral_keyguard.lsp.documents import OpenDocument
from mistral_keyguard.lsp.server import KeyguardServer
from mistral_keyguard.lsp.text import DocumentText


@pytest.mark.xfail(strict=True, reason="issue 12: a failed scan publishes nothing; the diagnostics of the "
                                       "previous version stay (lsp/scheduling.py, _publish_outcome)")
def test_a_failed_scan_publishes_for_the_current_version(caplog) -> None:
    server = KeyguardServer()
    published = []
    server.text_document_publish_diagnostics = published.append
    doc = OpenDocument("file:///tmp/mk-failed/app.py", "/tmp/mk-failed/app.py", "python", 3,
                       DocumentText.from_str("x = 1\n"))
    loop = asyncio.new_event_loop()
    try:
        failed = loop.create_future()
        failed.set_exception(RuntimeError("the grammar gave up"))
        with caplog.at_level(logging.ERROR, logger="mistral_keyguard"):
            server._publish_outcome(doc, failed)
    finally:
        loop.close()
    assert any("failed" in r.getMessage() for r in caplog.records), "the error is logged"
    assert [p.version for p in published if p.uri == doc.uri] == [3], "what is known is published for v3"
