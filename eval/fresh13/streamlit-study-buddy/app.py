import streamlit as st

from utils.config import load_config
from utils.llm import get_llm

st.title("Study buddy")
config = load_config()
with st.sidebar:
    st.subheader("Settings")
    st.write(config)

llm = get_llm()
st.write(llm)
if q := st.chat_input("Ask a question"):
    st.chat_message("user").write(q)
    st.chat_message("assistant").write(llm.invoke(q).content)
