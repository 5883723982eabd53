import streamlit as st

from lib.config import get_config

st.set_page_config(page_title="OCR batch", layout="wide")
st.title("Batch OCR")
cfg = get_config()
st.caption(f"Mistral key: …{cfg['api_key'][-4:]}")
with st.sidebar.expander("Debug"):
    st.json(get_config())
