"""SARIF 2.1.0 with the catalogue as `tool.driver.rules`. Never carries a key."""

from __future__ import annotations

import json

from mistral_keyguard import __version__
from mistral_keyguard.catalogue import RULES, Severity
from mistral_keyguard.docs import rule_markdown
from mistral_keyguard.output.report import Report

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note",
          Severity.HINT: "note"}
_RULE_INDEX = {code: i for i, code in enumerate(RULES)}


def driver_rules() -> list[dict]:
    return [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.documentation.split("\n\n", 1)[0].replace("\n", " ")},
            # Inline, because code scanning shows `help.markdown` and a `helpUri` would name a
            # file on the machine that ran the scan.
            "help": {"text": rule.documentation, "markdown": rule_markdown(rule)},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "properties": {"tags": ["security", "secrets", "mistral"]},
        }
        for rule in RULES.values()
    ]


def _region(span) -> dict:
    return {
        "startLine": span.start.line + 1,
        "startColumn": span.start.character + 1,
        "endLine": span.end.line + 1,
        "endColumn": span.end.character + 1,
    }


def _location(path: str, span) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": path.replace("\\", "/")},
                                 "region": _region(span)}}


def render(report: Report, *, quiet: bool = False) -> str:
    results = []
    for i, f in enumerate(report.findings):
        result = {
            "ruleId": f.code,
            "ruleIndex": _RULE_INDEX[f.code],
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [_location(f.path, f.span)],
            "partialFingerprints": {"mistralKeyguard/v1": f.fingerprint},
        }
        if report.extra and report.extra[i]:
            result["properties"] = report.extra[i]
        if f.related:
            result["relatedLocations"] = [
                {"id": i, **_location(r.path or f.path, r.span), "message": {"text": r.message}}
                for i, r in enumerate(f.related)
            ]
        results.append(result)
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "mistral-keyguard",
                "version": __version__,
                "rules": driver_rules(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [{
                "executionSuccessful": True,
                "toolExecutionNotifications": [{"message": {"text": n}, "level": "note"}
                                               for n in report.notes],
            }],
        }],
    }
    return json.dumps(document, indent=2) + "\n"
