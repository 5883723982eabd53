import argparse
import logging

logger = logging.getLogger(__name__)


def read_lines(path: str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip()]


def debug_parser() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--limit", type=int, default=10)
    logger.debug("io args: %s", parser.parse_args())
