"""Runs the server copy bundled in this extension: `python -I launch.py server`.

`-I` keeps the user's site-packages and PYTHON* variables out, so the bundled libraries win.
`--probe` exits 0 when this interpreter can load the bundled native modules (tree-sitter).
"""

import os
import sys

LIBS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "libs")
sys.path.insert(0, LIBS)


def main() -> int:
    if sys.version_info < (3, 10):
        print(f"mistral-keyguard needs Python 3.10 or newer, not {sys.version.split()[0]}", file=sys.stderr)
        return 2
    if sys.argv[1:] == ["--probe"]:
        import tree_sitter  # noqa: F401  (fails when no binding matches this Python)

        import mistral_keyguard  # noqa: F401

        return 0
    from mistral_keyguard.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
