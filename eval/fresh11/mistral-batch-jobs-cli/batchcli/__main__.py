import argparse
import logging

from batchcli.config import load_config
from batchcli.jobs import submit

log = logging.getLogger("batchcli")


def main():
    parser = argparse.ArgumentParser(prog="batchcli")
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    cfg = load_config(args.config)
    log.debug("effective config: %s", cfg)
    print("submitted job", submit(cfg))


if __name__ == "__main__":
    main()
