#!/usr/bin/env bash
# Score an engine on eval/fresh (or another set of eval/, or, with --dev, the shared dev corpus).
#   eval/score_fresh.sh [--dev | --set NAME] [--engine CHECKOUT] [-v|--json]
# --engine scores another checkout's engine (e.g. a worktree at an older commit) on this
# checkout's sets, for before/after tables. Extra flags go to score.py.
# The set is copied outside any git work tree first: each project's own .gitignore, not this
# repository's index, decides whether a .env counts as committed.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
tools="${KEYGUARD_EVAL_TOOLS:-$repo/../shared/eval}"
[ -d "$tools" ] || tools=/work/shared/eval
python="${PYTHON:-$repo/.venv/bin/python}"
[ -x "$python" ] || python=/work/main/.venv/bin/python

set_dir="$repo/eval/fresh"; name=fresh; engine="$repo"
while [ $# -gt 0 ]; do
    case "$1" in
        --dev) set_dir="$tools/dev-corpus"; name=dev-corpus; shift ;;
        --set) set_dir="$repo/eval/$2"; name="$2"; shift 2 ;;
        --engine) engine="$(cd "$2" && pwd)"; shift 2 ;;
        *) break ;;
    esac
done
[ -f "$set_dir/labels.jsonl" ] || { echo "no labels.jsonl in $set_dir" >&2; exit 2; }
labels="$set_dir/labels.jsonl"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$set_dir" "$work/$name"
rm -f "$work/$name/labels.jsonl"

# Exit status 1 only means "findings"; anything else is a real failure.
PYTHONPATH="$engine/server" "$python" -m mistral_keyguard check "$work/$name" \
    --output-format sarif > "$work/findings.sarif" || [ $? -eq 1 ]
"$python" "$tools/sarif_to_jsonl.py" "$work/findings.sarif" --root "$work/$name" > "$work/findings.jsonl"
"$python" "$tools/score.py" "$work/findings.jsonl" --labels "$labels" "$@"
