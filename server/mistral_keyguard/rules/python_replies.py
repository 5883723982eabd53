"""MK006 sinks of Python frameworks whose answer to the user is not a response call by its name.

- AWS Chalice: a view's `ChaliceViewError`, `BadRequestError`, ... puts its message in the
  response body (`{"Code": …, "Message": …}`). The names are generic (the OpenAI SDK has a
  `BadRequestError`), so only in a file that imports chalice.

`error_leak.ErrorLeak.sink_of` asks `python_reply` for a call it does not know as a response.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment

_CHALICE_IMPORT = re.compile(rb"(?m)^[^\S\n]*(from\s+chalice\s+import\b|import\s+chalice\b)")
_CHALICE_VIEW_ERRORS = frozenset({
    "ChaliceViewError", "BadRequestError", "UnauthorizedError", "ForbiddenError", "NotFoundError",
    "MethodNotAllowedError", "RequestTimeoutError", "ConflictError", "UnprocessableEntityError",
    "TooManyRequestsError",
})


def python_reply(analysis, call: ts.Node, callee: str) -> str | None:
    """How a Python call with the error's text as an argument answers the user, or None."""
    if analysis.language != "python":
        return None
    if last_segment(callee) in _CHALICE_VIEW_ERRORS and analysis.answers_users and _imports_chalice(analysis):
        return f"sent to the client by {callee}(…) (Chalice puts its message in the response body)"
    return None


def _imports_chalice(analysis) -> bool:
    data = analysis.ctx.source.data
    return b"chalice" in data and _CHALICE_IMPORT.search(data) is not None
