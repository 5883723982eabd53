"""Two findings on identical lines share a fingerprint (code, path, line text, key): the quick
fix picked on the second one must edit the second line, not the first (found by the server
property test, tests/fixes/test_lsp_fix_properties.py)."""

from __future__ import annotations

from lsprotocol import types

from keyguard_testing import make_key

URI = "file:///tmp/mk-lsp-same-line/app.py"


async def test_fix_of_the_second_identical_line_edits_the_second_line(start) -> None:
    key = make_key()
    line = f'MISTRAL_API_KEY = "{key}"\n'
    text = f"from mistralai import Mistral\n\n{line}a = Mistral(api_key=MISTRAL_API_KEY)\n{line}b = Mistral(api_key=MISTRAL_API_KEY)\n"
    client = await start(settings={"debounceMs": 0}, resolve=True)
    client.open(URI, text)
    diags = (await client.diagnostics_for(URI, 1, predicate=lambda ds: len(ds) == 2)).diagnostics
    assert diags[0].data["fingerprint"] == diags[1].data["fingerprint"]
    for diag, other in (diags, diags[::-1]):
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI), range=diag.range,
            context=types.CodeActionContext(diagnostics=[diag], only=[types.CodeActionKind.QuickFix])))
        fix = next(a for a in actions if isinstance(a, types.CodeAction) and a.data and a.data.get("fix") == "env-read")
        resolved = await client.code_action_resolve_async(fix)
        [change] = resolved.edit.document_changes
        lines = {e.range.start.line for e in change.edits}  # (and `import os` on line 0)
        assert diag.range.start.line in lines and other.range.start.line not in lines
