#!/usr/bin/env python
# coding: utf-8

# In[1]:


import os
from mistralai import Mistral
os.environ["MISTRAL_API_KEY"] = "ymYzFJmqgtRZVHEz5Ai2EDOxlYI2dWfF"
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


# In[2]:


print(f"key loaded: {os.environ['MISTRAL_API_KEY'][:4]}...")
