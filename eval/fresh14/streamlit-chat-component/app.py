import streamlit as st

from chat_component import chat_box

st.title("Component demo")
reply = chat_box(placeholder="Ask the assistant")
if reply:
    st.write("Last answer:", reply)
