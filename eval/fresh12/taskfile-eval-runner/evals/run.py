import argparse
import json
import os

from mistralai import Mistral


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", required=True)
    args = ap.parse_args()
    key = os.environ["MISTRAL_API_KEY"]
    print(f"model={os.environ['EVAL_MODEL']} key={key}")
    client = Mistral(api_key=key)
    passed = 0
    with open(args.cases) as fh:
        cases = [json.loads(line) for line in fh]
    for case in cases:
        resp = client.chat.complete(
            model=os.environ["EVAL_MODEL"],
            messages=[{"role": "user", "content": case["prompt"]}],
        )
        passed += case["expect"].lower() in resp.choices[0].message.content.lower()
    print(f"{passed}/{len(cases)} passed")


if __name__ == "__main__":
    main()
