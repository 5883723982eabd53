import argparse
import json
import os

from mistralai import Mistral

from common import COLLECTION_ID, DATA_DIR, DEFAULT_TOKEN, doc_id


def main():
    p = argparse.ArgumentParser()
    p.add_argument("corpus")
    p.add_argument("--batch", type=int, default=32)
    args = p.parse_args()

    client = Mistral(api_key=os.environ.get("MISTRAL_API_KEY") or DEFAULT_TOKEN)
    docs = [json.loads(l)["text"] for l in open(args.corpus)]
    out = DATA_DIR / f"{COLLECTION_ID}.jsonl"
    with open(out, "w") as f:
        for i in range(0, len(docs), args.batch):
            chunk = docs[i : i + args.batch]
            res = client.embeddings.create(model="mistral-embed", inputs=chunk)
            for text, item in zip(chunk, res.data):
                f.write(json.dumps({"id": doc_id(text), "vector": item.embedding}) + "\n")
    print("wrote", out, "docs", len(docs))


if __name__ == "__main__":
    main()
