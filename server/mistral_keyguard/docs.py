"""Rule documentation rendered from the catalogue: `docs/rules.md`, one file per rule shipped in
the package (`ruledocs/MK001.md`, what rule links point at) and the README table.

`python -m mistral_keyguard.docs --write` regenerates the files; a test keeps them in step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mistral_keyguard.catalogue import RULE_DOCS_DIR, RULES, RuleSpec

_GENERATED = "Generated from `server/mistral_keyguard/catalogue.py`; do not edit by hand."


def rule_section(rule: RuleSpec, heading: str = "##") -> list[str]:
    out = [f"{heading} {rule.code} {rule.name}", "",
           f"Default severity: **{rule.severity.value}**. Applies to: {', '.join(rule.languages)}.", "",
           "```text", rule.documentation.rstrip(), "```", ""]
    if rule.fixes:
        out.append("Fixes:")
        out += [f"- {f.title} ({'safe: applied by `--fix`' if f.safe else 'unsafe: applied with `--unsafe-fixes`'})"
                for f in rule.fixes]
        out.append("")
    return out


def rules_markdown() -> str:
    out = ["# mistral-keyguard rules", "", _GENERATED, ""]
    for rule in RULES.values():
        out += rule_section(rule)
    return "\n".join(out)


def rule_markdown(rule: RuleSpec) -> str:
    """The page a rule link opens; also SARIF's inline `help.markdown`."""
    return "\n".join(rule_section(rule, heading="#") + [
        f"Suppress one finding with `# mistral-keyguard: ignore[{rule.code}]` (or `// ...`) on its line.", ""])


def packaged_docs() -> dict[Path, str]:
    return {rule.docs_path: rule_markdown(rule) for rule in RULES.values()}


def readme_table() -> str:
    rows = ["| code | name | default | what |", "|---|---|---|---|"]
    rows += [f"| {r.code} | {r.name} | {r.severity.value} | {r.summary} |" for r in RULES.values()]
    return "\n".join(rows)


def write_all(repo: Path) -> None:
    (repo / "docs" / "rules.md").write_text(rules_markdown(), encoding="utf-8")
    RULE_DOCS_DIR.mkdir(exist_ok=True)
    for path, text in packaged_docs().items():
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write_all(Path(__file__).resolve().parents[2])
    else:
        print(rules_markdown(), end="")
