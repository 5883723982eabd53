"""Report formats for `mistral-keyguard check`. Each takes a `Report` and returns text."""

from __future__ import annotations

from mistral_keyguard.output import github, json_format, sarif, text
from mistral_keyguard.output.report import Report, fixable_counts

__all__ = ["FORMATS", "Report", "fixable_counts", "render"]

_RENDERERS = {"text": text.render, "json": json_format.render, "sarif": sarif.render, "github": github.render}
FORMATS = tuple(_RENDERERS)


def render(fmt: str, report: Report, *, quiet: bool = False) -> str:
    return _RENDERERS[fmt](report, quiet=quiet)
