import logging

from . import llm

log = logging.getLogger("summarizer.diag")


def dump_http_state() -> None:
    log.info("mistral session headers: %s", llm.session.headers)
    log.info("adapters: %s", list(llm.session.adapters))
