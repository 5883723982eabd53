import streamlit as st

from utils.config import load_config

st.header("Settings")
cfg = load_config()
st.write("Model:", cfg["model"])
with st.expander("Raw configuration"):
    st.write(cfg)
