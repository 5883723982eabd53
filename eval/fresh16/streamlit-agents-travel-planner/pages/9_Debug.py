import streamlit as st

st.title("Debug")
st.write("Secrets loaded:", len(st.secrets))
if st.toggle("Show raw secrets"):
    st.write(dict(st.secrets))
