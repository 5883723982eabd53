from mistralai import Mistral

from keys import MISTRAL_API_KEY

client = Mistral(api_key=MISTRAL_API_KEY)
docs = [line.strip() for line in open("data/docs.txt") if line.strip()]
res = client.embeddings.create(model="mistral-embed", inputs=docs)
print(len(res.data), "embeddings")
