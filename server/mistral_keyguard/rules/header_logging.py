"""MK004 header-logging: request headers that carry the Mistral key written to a log or stdout.

Outgoing requests count when the file talks to Mistral (their headers, the whole options object,
an axios config or error); incoming request headers count when the project talks to Mistral
(clients send their keys to such a service). Response headers never count. A log part that shows
the key itself is MK005's, not this rule's. `HTTPConnection.debuglevel = 1` dumps every header.
"""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard import queries
from mistral_keyguard.dataflow import node_text
from mistral_keyguard.finding import Finding
from mistral_keyguard.rules import Checker
from mistral_keyguard.sinks import CODE_LANGUAGES, Holdings, call_args, log_calls, written_parts

CODE = "MK004"
QUERY = "header-logging"
# Mistral in the file, or incoming headers that count when the project talks to Mistral.
PREFILTER = re.compile(rb"istral|ISTRAL|headers|META|debuglevel|api-key|API-KEY")
_HTTP_CONNECTION = re.compile(r"HTTPS?Connection$|^(self\.)?(conn|connection|h)$")


def check(ctx) -> Iterator[Finding]:
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral)
    project_probe: list[bool] = []

    def project_talks_to_mistral() -> bool:
        # Asked only once a candidate is found: the probe may read the project's files.
        if not project_probe:
            project = ctx.project
            project_probe.append(ctx.mentions_mistral or bool(project is not None and project.talks_to_mistral()))
        return project_probe[0]

    for call in log_calls(ctx.language, ctx.root, QUERY):
        reason = header_part(holdings, call, incoming_ok=True)
        if reason and not ctx.mentions_mistral and not project_talks_to_mistral():
            continue
        if reason:
            yield ctx.finding(CODE, call.start_byte, call.end_byte, where=f" — it writes {reason}")
    if ctx.language == "python" and b"debuglevel" in ctx.source.data and project_talks_to_mistral():
        yield from _debuglevel(ctx)


def header_part(holdings: Holdings, call, incoming_ok: bool) -> str | None:
    for arg in call_args(call):
        for part in written_parts(arg):
            if holdings.key_reason(part) and not holdings.object_reason(part):
                continue  # the key itself: MK005
            reason = holdings.header_reason(part, incoming_ok)
            if reason:
                return reason
    return None


def _debuglevel(ctx) -> Iterator[Finding]:
    for index, caps in queries.matches(ctx.language, QUERY, ctx.root):
        if queries.settings(ctx.language, QUERY, index).get("sink") != "debuglevel":
            continue
        target = node_text(caps["target"][0])
        value = node_text(caps["value"][0]).strip()
        owner = target.rsplit(".", 1)[0]
        if value in ("0", "False", "None") or not _HTTP_CONNECTION.search(owner):
            continue
        statement = caps["statement"][0]
        yield ctx.finding(CODE, statement.start_byte, statement.end_byte,
                          where=" — http.client debug output prints every request header, Authorization included")


CHECKERS = (Checker(CODE, CODE_LANGUAGES, PREFILTER, check),)
