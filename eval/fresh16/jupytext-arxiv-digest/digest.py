# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
# ---

# %% [markdown]
# # Daily arXiv digest with Mistral

# %%
import os

os.environ["MISTRAL_API_KEY"] = "EbYM9v31ypEhfeQAMlpWTOykOYStm4CH"

# %%
from helpers import fetch_abstracts, summarise

papers = fetch_abstracts("cs.CL", 5)
for p in papers:
    print(p["title"], "->", summarise(p["summary"]))
