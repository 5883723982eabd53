import argparse
import os
import sys

from .client import summarize
from .defaults import DEFAULT_MODEL, MAX_BYTES


def main() -> None:
    p = argparse.ArgumentParser(prog="summ")
    p.add_argument("path")
    p.add_argument("--model", default=DEFAULT_MODEL)
    p.add_argument("--api-key", default=os.environ.get("MISTRAL_API_KEY"))
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args()
    if args.verbose:
        print("options:", vars(args), file=sys.stderr)
    with open(args.path, encoding="utf-8") as fh:
        text = fh.read(MAX_BYTES)
    try:
        print(summarize(text, args.model))
    except Exception as e:
        print(f"summ: {e}", file=sys.stderr)
        sys.exit(1)
