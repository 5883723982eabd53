import streamlit as st

st.header("Debug")
st.write("secrets configured:", "MISTRAL_API_KEY" in st.secrets)
st.write(st.secrets)
