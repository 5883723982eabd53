# %% [markdown]
# # Explore the dataset

# %%
import json

from common import MODEL, make_client

client = make_client()
rows = [json.loads(line) for line in open("data/questions.jsonl")]
print(len(rows), "questions; model", MODEL)

# %%
res = client.chat.complete(model=MODEL, messages=[{"role": "user", "content": rows[0]["q"]}])
print(res.choices[0].message.content)
print("completion id", "5fdd3b030945aee58c828231d399fe77")
