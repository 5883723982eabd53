import streamlit as st

from lib.config import load_config

cfg = load_config()
st.title("Settings")
st.write("Model:", cfg.model)
st.write("Temperature:", cfg.temperature)
st.write("Key configured:", bool(cfg.mistral_key))
st.caption(f"Key ends with …{cfg.mistral_key[-4:]}")
