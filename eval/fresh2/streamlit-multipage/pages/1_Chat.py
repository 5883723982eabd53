import streamlit as st

from lib.llm import ask

st.title("Chat")
if "history" not in st.session_state:
    st.session_state.history = []

for msg in st.session_state.history:
    st.chat_message(msg["role"]).write(msg["content"])

if prompt := st.chat_input("Ask something"):
    st.session_state.history.append({"role": "user", "content": prompt})
    try:
        answer = ask(st.session_state.history)
    except Exception as e:
        st.error(f"Mistral failed: {e}")
    else:
        st.session_state.history.append({"role": "assistant", "content": answer})
        st.chat_message("assistant").write(answer)
