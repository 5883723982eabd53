#!/usr/bin/env python
# coding: utf-8

# # Embedding a small FAQ with Mistral

# In[1]:


import os
import numpy as np
from mistralai import Mistral


# In[2]:


os.environ["MISTRAL_API_KEY"] = "5oqdOFtSDZbtOdTGGujm6zmEpDKP2hYL"
print("key:", os.environ["MISTRAL_API_KEY"])
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


# In[3]:


faq = ["How do I reset my password?", "Where is my invoice?", "Can I change plan?"]
emb = client.embeddings.create(model="mistral-embed", inputs=faq)
vectors = np.array([d.embedding for d in emb.data])
print(vectors.shape)


# In[4]:


dataset_sha = "e518729a1fb1183e778a0a5c040de335a713626a67402575a34002ecba9960aa"
print("dataset", dataset_sha[:12])
