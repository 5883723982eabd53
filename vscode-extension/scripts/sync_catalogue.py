"""Write the rule facts the extension shows (setting enums, rule docs) from the server's catalogue.

    python scripts/sync_catalogue.py               # rewrite package.json and src/rules.json
    python scripts/sync_catalogue.py --rules-only  # rewrite src/rules.json (run before every bundle)
    python scripts/sync_catalogue.py --check       # exit 1 if either is out of date

The catalogue (`mistral_keyguard.catalogue`) is the one source of rule facts; this keeps the
extension from drifting from it. tests/test_vscode_settings.py runs the check. The check ignores
the long documentation text in rules.json: every bundle regenerates that file, so the package
always carries the catalogue's current text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PACKAGE_JSON = HERE / "package.json"
RULES_JSON = HERE / "src" / "rules.json"
PREFIX = "mistral-keyguard."
SEVERITIES = ["error", "warning", "info", "hint"]


def _catalogue():
    sys.path.insert(0, str(HERE.parent / "server"))
    from mistral_keyguard.catalogue import RULES

    return RULES


def rules_json(rules) -> list[dict]:
    return [
        {
            "code": r.code,
            "name": r.name,
            "severity": r.severity.value,
            "summary": r.summary,
            "documentation": r.documentation,
            "fixes": [{"id": f.id, "title": f.title, "safe": f.safe} for f in r.fixes],
        }
        for r in rules.values()
    ]


def update_package(package: dict, rules) -> dict:
    props = package["contributes"]["configuration"]["properties"]
    codes = list(rules)
    labels = [f"{r.name}: {r.summary}" for r in rules.values()]
    code_items = {
        "type": "string",
        "enum": ["ALL", *codes],
        "enumDescriptions": ["Every rule.", *labels],
    }
    props[PREFIX + "select"]["items"] = code_items
    props[PREFIX + "ignore"]["items"] = code_items
    props[PREFIX + "severity"]["properties"] = {
        r.code: {
            "type": "string",
            "enum": SEVERITIES,
            "default": r.severity.value,
            "description": f"Severity of {r.code} ({r.name}): {r.summary}",
        }
        for r in rules.values()
    }
    return package


def _facts(path: Path, text: str):
    """What --check compares: all of package.json; rules.json without the documentation text."""
    data = json.loads(text)
    if path == RULES_JSON:
        return [{k: v for k, v in rule.items() if k != "documentation"} for rule in data]
    return data


def dump(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the files are up to date")
    parser.add_argument("--rules-only", action="store_true", help="only rewrite src/rules.json")
    args = parser.parse_args(argv)
    rules = _catalogue()
    wanted = {RULES_JSON: dump(rules_json(rules))}
    if not args.rules_only:
        wanted[PACKAGE_JSON] = dump(update_package(json.loads(PACKAGE_JSON.read_text()), rules))
    stale = [p for p, text in wanted.items() if not p.exists() or _facts(p, p.read_text()) != _facts(p, text)] \
        if args.check else [p for p, text in wanted.items() if not p.exists() or p.read_text() != text]
    if args.check:
        for path in stale:
            print(f"{path.relative_to(HERE.parent)} is out of date with the rule catalogue; "
                  f"run python vscode-extension/scripts/sync_catalogue.py", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
