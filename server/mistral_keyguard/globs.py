"""gitignore-style patterns read leniently: a pattern git would reject is skipped, as git does.

`.gitignore` files and `exclude` settings come from the scanned tree or the user; one bad line
(`[z-a]`, a lone `!`) must not stop the scan or drop the good lines.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

import pathspec


def gitignore_spec(lines: Iterable[str]) -> tuple[pathspec.PathSpec, list[str]]:
    """The spec of the valid patterns among `lines`, and the patterns that were skipped."""
    lines = list(lines)
    try:
        return pathspec.GitIgnoreSpec.from_lines(lines), []
    except (ValueError, re.error, TypeError):
        pass
    good, bad = [], []
    for line in lines:
        try:
            pathspec.GitIgnoreSpec.from_lines([line])
        except (ValueError, re.error, TypeError):
            bad.append(line)
        else:
            good.append(line)
    return pathspec.GitIgnoreSpec.from_lines(good), bad


@lru_cache(maxsize=64)
def cached_spec(patterns: tuple[str, ...]) -> pathspec.PathSpec:
    """`gitignore_spec` of a settings tuple, the skipped patterns dropped."""
    return gitignore_spec(patterns)[0]
