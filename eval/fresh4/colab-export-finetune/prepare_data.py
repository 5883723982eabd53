import json
import random

rows = [json.loads(l) for l in open("faq.jsonl")]
random.shuffle(rows)
cut = int(len(rows) * 0.9)
for name, part in (("train.jsonl", rows[:cut]), ("val.jsonl", rows[cut:])):
    with open(name, "w") as f:
        for r in part:
            f.write(json.dumps({"messages": [{"role": "user", "content": r["q"]}, {"role": "assistant", "content": r["a"]}]}) + "\n")
