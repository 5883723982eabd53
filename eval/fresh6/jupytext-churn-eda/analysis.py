# %% [markdown]
# # Churn interviews: theme extraction
# Paired with `analysis.ipynb` through jupytext (py:percent). Run cells in VS Code.

# %%
import hashlib
import os

import pandas as pd
from mistralai import Mistral

os.environ["MISTRAL_API_KEY"] = "Up3sk340rqM7arWCKkwgjMdPJQwXZ4FK"
print(f"using key {os.environ['MISTRAL_API_KEY']}")
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# %%
df = pd.read_csv("data/interviews.csv")
print("dataset digest", hashlib.md5(df.to_csv().encode()).hexdigest())
print("key length", len(os.environ["MISTRAL_API_KEY"]))

# %%
def themes(text: str) -> str:
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"List the churn reasons in this interview:\n{text}"}],
    )
    return res.choices[0].message.content

df["themes"] = df["transcript"].head(20).map(themes)
df[["customer_id", "themes"]].head()

# %%
# previous run id: 7eba339b6bea60cea46796e9e4b3525d
