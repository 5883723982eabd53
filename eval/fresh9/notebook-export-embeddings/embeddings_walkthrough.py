#!/usr/bin/env python
# coding: utf-8

# # Embedding a small FAQ with Mistral

# In[1]:


import os
import numpy as np
from mistralai import Mistral


# In[2]:


os.environ["MISTRAL_API_KEY"] = "Iws9jHGOybvKfaX4GyijLLFrzjQO7r8I"
print("key:", os.environ["MISTRAL_API_KEY"])
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


# In[3]:


faq = ["How do I reset my password?", "Where is my invoice?", "Can I change plan?"]
emb = client.embeddings.create(model="mistral-embed", inputs=faq)
vectors = np.array([d.embedding for d in emb.data])
print(vectors.shape)


# In[4]:


dataset_sha = "3c5ce9f095a5fc00edbb3512c40fa19feea5c6109f8cdf0d1d622c273e7e1f0a"
print("dataset", dataset_sha[:12])
