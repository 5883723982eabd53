import argparse
import sys

from rich import print as rprint

from .crew import build_crew
from .settings import load_settings


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--sector", default="energy")
    p.add_argument("--show-config", action="store_true")
    args = p.parse_args()
    if args.show_config:
        rprint(load_settings())
    try:
        out = build_crew(args.sector).kickoff()
    except Exception as e:
        print(f"brief failed: {e}", file=sys.stderr)
        return 1
    print(out.raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
