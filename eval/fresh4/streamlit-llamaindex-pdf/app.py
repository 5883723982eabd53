import streamlit as st

from engine import build_engine

st.title("Ask your PDFs")
engine = build_engine("docs")

if question := st.chat_input("Ask something about the documents"):
    st.chat_message("user").write(question)
    try:
        answer = engine.query(question)
        st.chat_message("assistant").write(str(answer))
    except Exception as e:
        st.error(f"The model call failed: {e}")
