import argparse
import json
import os

from loguru import logger
from mistralai import Mistral

from prompts import SEED_TOPICS, question_prompt


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Generate a synthetic Q&A dataset")
    p.add_argument("--api-key", default=os.environ.get("MISTRAL_API_KEY"))
    p.add_argument("--model", default="mistral-large-latest")
    p.add_argument("--n", type=int, default=50)
    p.add_argument("--out", default="data/qa.jsonl")
    return p.parse_args()


def main() -> None:
    args = parse_args()
    logger.info("run arguments: {}", args)
    client = Mistral(api_key=args.api_key)
    with open(args.out, "w") as f:
        for topic in SEED_TOPICS[: args.n]:
            r = client.chat.complete(model=args.model, messages=[{"role": "user", "content": question_prompt(topic)}])
            logger.debug("topic={} tokens={}", topic, r.usage.total_tokens)
            f.write(json.dumps({"topic": topic, "qa": r.choices[0].message.content}) + "\n")


if __name__ == "__main__":
    main()
