import itertools
import logging

from .keys import MISTRAL_KEYS

log = logging.getLogger(__name__)
_cycle = itertools.cycle(MISTRAL_KEYS)


def next_key() -> str:
    key = next(_cycle)
    log.debug("rotating to key %s...", key[:6])
    return key


def mark_limited(key: str) -> None:
    log.warning("key %s hit the rate limit", key)
