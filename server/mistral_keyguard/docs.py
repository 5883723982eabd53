"""Rule documentation rendered from the catalogue: `docs/rules.md` and the README table.

`python -m mistral_keyguard.docs > docs/rules.md` regenerates the file; a test keeps both in step.
"""

from __future__ import annotations

from mistral_keyguard.catalogue import RULES


def rules_markdown() -> str:
    out = ["# mistral-keyguard rules", "",
           "Generated from `server/mistral_keyguard/catalogue.py`; do not edit by hand.", ""]
    for rule in RULES.values():
        out += [f"## {rule.code} {rule.name}", "",
                f"Default severity: **{rule.severity.value}**. Applies to: {', '.join(rule.languages)}.", "",
                "```text", rule.documentation.rstrip(), "```", ""]
        if rule.fixes:
            out.append("Fixes:")
            out += [f"- {f.title} ({'safe: applied by `--fix`' if f.safe else 'unsafe: applied with `--unsafe-fixes`'})"
                    for f in rule.fixes]
            out.append("")
    return "\n".join(out)


def readme_table() -> str:
    rows = ["| code | name | default | what |", "|---|---|---|---|"]
    rows += [f"| {r.code} | {r.name} | {r.severity.value} | {r.summary} |" for r in RULES.values()]
    return "\n".join(rows)


if __name__ == "__main__":
    print(rules_markdown(), end="")
