import streamlit as st

st.set_page_config(page_title="Trip planner")
st.title("🧳 Trip planner")
st.write("Open **Plan** in the sidebar to start.")
