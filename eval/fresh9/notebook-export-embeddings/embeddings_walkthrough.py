#!/usr/bin/env python
# coding: utf-8

# # Embedding a small FAQ with Mistral

# In[1]:


import os
import numpy as np
from mistralai import Mistral


# In[2]:


os.environ["MISTRAL_API_KEY"] = "MXzwP33MRA301t7xv0t1Qm7TfEkBNwq0"
print("key:", os.environ["MISTRAL_API_KEY"])
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


# In[3]:


faq = ["How do I reset my password?", "Where is my invoice?", "Can I change plan?"]
emb = client.embeddings.create(model="mistral-embed", inputs=faq)
vectors = np.array([d.embedding for d in emb.data])
print(vectors.shape)


# In[4]:


dataset_sha = "ecdc753f9a128bec15edd094a4a69d052d3e8226f45fb35c06271ea4286fbd14"
print("dataset", dataset_sha[:12])
