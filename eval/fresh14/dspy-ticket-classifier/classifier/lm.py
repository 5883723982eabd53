import os

import dspy

lm = dspy.LM(os.getenv("DSPY_MODEL", "mistral/mistral-small-latest"),
             api_key=os.environ["MISTRAL_API_KEY"], max_tokens=300)
dspy.configure(lm=lm)
