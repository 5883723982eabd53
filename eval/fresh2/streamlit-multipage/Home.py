import logging

import streamlit as st

from lib.config import load_config

logging.basicConfig(level=logging.INFO)
cfg = load_config()
logging.info("config loaded: %s", cfg)

st.set_page_config(page_title="Study buddy")
st.title("Study buddy")
st.write(f"Model: {cfg.model}")
