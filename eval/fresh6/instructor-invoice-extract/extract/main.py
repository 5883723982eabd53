import logging
import sys

from .llm import extract_invoice
from .settings import settings

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("extract")


def run(path: str) -> None:
    log.debug("settings=%r", settings)
    log.info("model=%s currency=%s", settings.model, settings.currency)
    with open(path) as fh:
        invoice = extract_invoice(fh.read())
    print(invoice.model_dump_json(indent=2))


if __name__ == "__main__":
    run(sys.argv[1])
