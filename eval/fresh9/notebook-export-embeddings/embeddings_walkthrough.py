#!/usr/bin/env python
# coding: utf-8

# # Embedding a small FAQ with Mistral

# In[1]:


import os
import numpy as np
from mistralai import Mistral


# In[2]:


os.environ["MISTRAL_API_KEY"] = "U4YoRtIVJW2nkkFUM9CrFENkQoflUaNZ"
print("key:", os.environ["MISTRAL_API_KEY"])
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


# In[3]:


faq = ["How do I reset my password?", "Where is my invoice?", "Can I change plan?"]
emb = client.embeddings.create(model="mistral-embed", inputs=faq)
vectors = np.array([d.embedding for d in emb.data])
print(vectors.shape)


# In[4]:


dataset_sha = "e16fefa9894b6f0943ae6b987d17d4f935b693fcc932579c76f5e3673de35e80"
print("dataset", dataset_sha[:12])
