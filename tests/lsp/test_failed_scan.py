"""After a scan fails, the editor must not keep diagnostics of an older text as if they were
current (issue 12, item 9): the server logs the error and publishes what it knows for the version
the editor has. In-process: a failed scan cannot be provoked from outside."""

from __future__ import annotations

import asyncio
import logging

from keyguard_testing import make_key
from mistral_keyguard.fixes import scan_with_fixes
from mistral_keyguard.lsp.documents import OpenDocument, ScanOutcome
from mistral_keyguard.lsp.server import KeyguardServer
from mistral_keyguard.lsp.text import DocumentText
from mistral_keyguard.settings import Settings


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


def test_a_failed_scan_keeps_only_findings_the_edit_did_not_touch() -> None:
    first, second = make_key(), make_key()
    old = (f'from mistralai import Mistral\na = Mistral(api_key="{first}")\n'
           f'b = Mistral(api_key="{second}")\n').encode()
    server = KeyguardServer()
    published = []
    server.text_document_publish_diagnostics = published.append
    doc = OpenDocument("file:///tmp/mk-failed/two.py", "/tmp/mk-failed/two.py", "python", 1,
                       DocumentText.from_str(old.decode()))
    result = scan_with_fixes(doc.path, old, Settings(), language="python", tree=doc.tree)
    assert len(result.findings) == 2
    doc.outcome = ScanOutcome(doc.snapshot(), result, server.generation)
    doc.version, doc.text = 2, DocumentText.from_str(old.decode().replace('b = ', 'bee = '))
    loop = asyncio.new_event_loop()
    try:
        failed = loop.create_future()
        failed.set_exception(RuntimeError("the grammar gave up"))
        server._publish_outcome(doc, failed)
    finally:
        loop.close()
    (params,) = [p for p in published if p.uri == doc.uri]
    assert params.version == 2
    assert [d.range.start.line for d in params.diagnostics] == [1], "the untouched finding stays, the edited one goes"
