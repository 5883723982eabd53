import streamlit as st

from lib.chat import ask

st.title("Chat")
key = st.sidebar.text_input("Mistral API key", type="password") or st.secrets.get("MISTRAL_API_KEY", "")
st.sidebar.caption("key set" if key else "no key")

if "history" not in st.session_state:
    st.session_state.history = []

for msg in st.session_state.history:
    st.chat_message(msg["role"]).write(msg["content"])

if prompt := st.chat_input("Message"):
    st.session_state.history.append({"role": "user", "content": prompt})
    st.chat_message("user").write(prompt)
    try:
        reply = ask(key, st.session_state.history)
    except Exception as e:
        st.error(f"Mistral error: {e}")
    else:
        st.session_state.history.append({"role": "assistant", "content": reply})
        st.chat_message("assistant").write(reply)
