#!/usr/bin/env bash
# Score this checkout's engine on eval/fresh (with --fresh2 on eval/fresh2, with --dev on the
# shared dev corpus).
#   eval/score_fresh.sh [--dev|--fresh2] [-v|--json]     (extra flags go to score.py)
# The set is copied outside any git work tree first: each project's own .gitignore, not this
# repository's index, decides whether a .env counts as committed.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
tools="${KEYGUARD_EVAL_TOOLS:-$repo/../shared/eval}"
[ -d "$tools" ] || tools=/work/shared/eval
python="${PYTHON:-$repo/.venv/bin/python}"
[ -x "$python" ] || python=/work/main/.venv/bin/python

set_dir="$repo/eval/fresh"; name=fresh
if [ "${1:-}" = "--dev" ]; then set_dir="$tools/dev-corpus"; name=dev-corpus; shift; fi
if [ "${1:-}" = "--fresh2" ]; then set_dir="$repo/eval/fresh2"; name=fresh2; shift; fi
labels="$set_dir/labels.jsonl"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$set_dir" "$work/$name"
rm -f "$work/$name/labels.jsonl"

# Exit status 1 only means "findings"; anything else is a real failure.
PYTHONPATH="$repo/server" "$python" -m mistral_keyguard check "$work/$name" \
    --output-format sarif > "$work/findings.sarif" || [ $? -eq 1 ]
"$python" "$tools/sarif_to_jsonl.py" "$work/findings.sarif" --root "$work/$name" > "$work/findings.jsonl"
"$python" "$tools/score.py" "$work/findings.jsonl" --labels "$labels" "$@"
