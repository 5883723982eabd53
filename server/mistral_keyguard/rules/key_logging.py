"""MK005 key-logging: the Mistral key itself written to a log or to stdout.

Log calls come from `queries/<language>/key-logging.scm`; `sinks.written_parts` splits each
argument into what actually reaches the output, and `sinks.Holdings.key_reason` says whether a
part shows the key: an env read of a key-named variable, a variable or field holding it, a key
literal, the whole environment, or an object that carries it. Slices of at most 8 characters,
`len(...)` and presence checks are calls or comparisons that show nothing and stay clean.
"""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard.finding import Finding
from mistral_keyguard.rules import Checker
from mistral_keyguard.sinks import CODE_LANGUAGES, Holdings, call_args, log_calls, written_parts

CODE = "MK005"
PREFILTER = re.compile(rb"(?i)(print|log|write|debug|info|warn|error)\s*\(|(?i:\.(log|debug|info|warn|error)\b)")


def check(ctx) -> Iterator[Finding]:
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral)
    for call in log_calls(ctx.language, ctx.root, "key-logging"):
        reason = first_key_part(holdings, call)
        if reason:
            yield ctx.finding(CODE, call.start_byte, call.end_byte, where=f" — it writes {reason}")


def first_key_part(holdings: Holdings, call) -> str | None:
    for arg in call_args(call):
        for part in written_parts(arg):
            reason = holdings.key_reason(part)
            if reason:
                return reason
    return None


CHECKERS = (Checker(CODE, CODE_LANGUAGES, PREFILTER, check),)
