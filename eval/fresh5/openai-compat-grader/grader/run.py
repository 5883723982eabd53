import json
import logging
import sys

from grader.clients import mistral, together

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("grader")

RUBRIC = "Grade the answer from 1 to 5. Reply with the number only."


def grade(client, model, item):
    res = client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": RUBRIC}, {"role": "user", "content": json.dumps(item)}],
    )
    return res.choices[0].message.content.strip()


def main(path):
    log.info("grading with base_url=%s key=%s", mistral.base_url, mistral.api_key)
    log.info("together key configured: %s", bool(together.api_key))
    for line in open(path):
        item = json.loads(line)
        a = grade(mistral, "mistral-large-latest", item)
        b = grade(together, "mistralai/Mixtral-8x7B-Instruct-v0.1", item)
        print(item["id"], a, b)


if __name__ == "__main__":
    main(sys.argv[1])
