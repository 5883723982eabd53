from llama_index.embeddings.mistralai import MistralAIEmbedding
from llama_index.llms.mistralai import MistralAI

from kb.constants import API_TOKEN

llm = MistralAI(model="mistral-large-latest", api_key=API_TOKEN)
embed_model = MistralAIEmbedding(model_name="mistral-embed", api_key=API_TOKEN)
