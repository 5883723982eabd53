import streamlit as st

from lib.llm import reply

st.set_page_config(page_title="Ask Le Chat")

if st.sidebar.checkbox("debug"):
    st.sidebar.write(st.secrets.to_dict())

if "history" not in st.session_state:
    st.session_state.history = []

for m in st.session_state.history:
    st.chat_message(m["role"]).write(m["content"])

if prompt := st.chat_input("Ask something"):
    st.session_state.history.append({"role": "user", "content": prompt})
    st.chat_message("user").write(prompt)
    try:
        answer = reply(st.session_state.history)
    except Exception as e:
        st.error(f"Mistral request failed: {e}")
        st.stop()
    st.session_state.history.append({"role": "assistant", "content": answer})
    st.chat_message("assistant").write(answer)
