"""What the expressions of one file hold, as far as a log reader would see: the key
(`keys`), objects carrying it (`objects`), request headers (`headers`) and axios errors
(`axios`). Each family is its own class; `Holdings` answers them all for one file."""

from __future__ import annotations

from mistral_keyguard.holdings.axios import AxiosFacts
from mistral_keyguard.holdings.objects import ObjectFacts

__all__ = ["Holdings"]


class Holdings(AxiosFacts, ObjectFacts):
    """What the expressions of one file hold, as far as a log reader would see."""
