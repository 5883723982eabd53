import argparse
import json
import os

from mistralai import Mistral


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--limit", type=int, default=50)
    args = ap.parse_args()
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    cases = [json.loads(l) for l in open("cases.jsonl")][: args.limit]
    passed = 0
    for case in cases:
        try:
            res = client.chat.complete(model=args.model, messages=[{"role": "user", "content": case["prompt"]}])
        except Exception as e:
            print(f"case {case['id']} failed: {e}")
            continue
        passed += case["expect"].lower() in res.choices[0].message.content.lower()
    print(f"{args.model}: {passed}/{len(cases)}")


if __name__ == "__main__":
    main()
