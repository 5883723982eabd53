import argparse
import logging
import os

from mistralai import Mistral

from lib.io import read_lines

logger = logging.getLogger("translate")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Translate a file line by line with Mistral")
    parser.add_argument("input")
    parser.add_argument("--target", default="fr")
    parser.add_argument("--model", default="mistral-small-latest")
    parser.add_argument("--api-key", default=os.environ.get("MISTRAL_API_KEY"))
    return parser.parse_args()


def main() -> None:
    logging.basicConfig(level=logging.DEBUG)
    args = parse_args()
    logger.debug("arguments: %s", args)
    logger.info("model=%s target=%s", args.model, args.target)
    client = Mistral(api_key=args.api_key)
    for line in read_lines(args.input):
        out = client.chat.complete(
            model=args.model,
            messages=[{"role": "user", "content": f"Translate to {args.target}: {line}"}],
        )
        print(out.choices[0].message.content)


if __name__ == "__main__":
    main()
