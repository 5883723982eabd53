# %% [markdown]
# # Setup
# Check that the API answers before running the evaluation.

# %%
import os
import subprocess

# %%
print("curl -s https://api.mistral.ai/v1/models -H 'Authorization: Bearer zcxbehPyvVk1LItIgVffnTHX927rho78'")

# %%
print(os.environ)
