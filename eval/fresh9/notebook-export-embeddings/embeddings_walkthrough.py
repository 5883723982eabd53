#!/usr/bin/env python
# coding: utf-8

# # Embedding a small FAQ with Mistral

# In[1]:


import os
import numpy as np
from mistralai import Mistral


# In[2]:


os.environ["MISTRAL_API_KEY"] = "gnqS3aHkmGjeX03R6YvT0YiRakfEnj45"
print("key:", os.environ["MISTRAL_API_KEY"])
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


# In[3]:


faq = ["How do I reset my password?", "Where is my invoice?", "Can I change plan?"]
emb = client.embeddings.create(model="mistral-embed", inputs=faq)
vectors = np.array([d.embedding for d in emb.data])
print(vectors.shape)


# In[4]:


dataset_sha = "2805936b81ba10e16cbd932165cef5452f1b2e576b6f1eeec0da77ad771ac660"
print("dataset", dataset_sha[:12])
