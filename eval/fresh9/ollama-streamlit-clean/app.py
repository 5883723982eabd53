import streamlit as st

from local_llm import answer

st.title("Offline assistant")
q = st.chat_input("Ask")
if q:
    try:
        st.write(answer(q))
    except Exception as e:
        st.error(f"Ollama error: {e}")
