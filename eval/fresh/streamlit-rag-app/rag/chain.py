import streamlit as st
from langchain_mistralai import ChatMistralAI

from .index import search

llm = ChatMistralAI(model="mistral-large-latest", api_key=st.secrets["MISTRAL_API_KEY"], temperature=0)


def answer(question: str) -> str:
    context = "\n\n".join(search(question))
    msg = llm.invoke([("system", f"Use this context:\n{context}"), ("human", question)])
    return msg.content
