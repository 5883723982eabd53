# %%
import logging
import os

from mistralai import Mistral

logging.basicConfig(level=logging.DEBUG)

# %%
logging.debug("fallback key %s", os.getenv("MISTRAL_API_KEY", "HMSkgyl9Z7GJRxc69Ca2pdUiqBCtTQcf"))
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# %%
for prompt in open("prompts.txt"):
    r = client.chat.complete(model="open-mistral-nemo", messages=[{"role": "user", "content": prompt}])
    print(prompt.strip(), "->", r.choices[0].message.content[:60])
