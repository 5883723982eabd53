# %% [markdown]
# # Batch evaluation

# %%
import argparse
import os

from common import MODEL, make_client

parser = argparse.ArgumentParser()
parser.add_argument("--api-key", default=os.environ.get("MISTRAL_API_KEY"))
parser.add_argument("--limit", type=int, default=50)
parser.add_argument("--model", default=MODEL)
args = parser.parse_args()
print(args)

# %%
client = make_client()
for i in range(args.limit):
    pass
print(f"done, key set: {bool(args.api_key)}")
