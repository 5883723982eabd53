import streamlit as st

from rag.chain import answer

st.title("Docs assistant")
question = st.text_input("Ask about the handbook")

if question:
    with st.spinner("Thinking..."):
        try:
            st.markdown(answer(question))
        except Exception as e:
            st.error(f"Mistral request failed: {e}")
