import os
import pathlib
import sys

import numpy as np
from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
texts = [p.read_text() for p in pathlib.Path(sys.argv[1]).glob("*.md")]
resp = client.embeddings.create(model=os.environ["EMBED_MODEL"], inputs=texts)
np.save("vectors.npy", np.array([d.embedding for d in resp.data]))
print("embedded", len(texts), "docs")
