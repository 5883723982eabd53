import streamlit as st
from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.mistralai import MistralAIEmbedding
from llama_index.llms.mistralai import MistralAI


@st.cache_resource
def build_engine(folder: str):
    key = st.secrets["MISTRAL_API_KEY"]
    Settings.llm = MistralAI(model="mistral-large-latest", api_key=key)
    Settings.embed_model = MistralAIEmbedding(model_name="mistral-embed", api_key=key)
    docs = SimpleDirectoryReader(folder).load_data()
    return VectorStoreIndex.from_documents(docs).as_query_engine(similarity_top_k=3)
