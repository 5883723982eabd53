import logging

from tagger.cli_args import parse_args
from tagger.tag import tag_lines

args = parse_args()
logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
logging.debug("arguments: %s", args)
logging.info("key configured: %s", bool(args.api_key))

with open(args.input) as fh:
    for line, tags in tag_lines(fh.read().splitlines(), args.model, args.api_key):
        print(f"{line}\t{tags}")
