import streamlit as st

from travel.agent import plan

st.title("Plan a trip")
if "history" not in st.session_state:
    st.session_state.history = []

for role, text in st.session_state.history:
    st.chat_message(role).write(text)

prompt = st.chat_input("Where do you want to go?")
if prompt:
    st.session_state.history.append(("user", prompt))
    st.chat_message("user").write(prompt)
    try:
        reply = plan(prompt)
    except Exception as err:
        st.chat_message("assistant").write(f"Sorry, the planner failed: {err}")
    else:
        st.session_state.history.append(("assistant", reply))
        st.chat_message("assistant").write(reply)
