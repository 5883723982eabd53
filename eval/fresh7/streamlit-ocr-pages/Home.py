import streamlit as st

from lib.session import init_client_cfg

st.title("PDF to Markdown")
cfg = init_client_cfg()
with st.expander("Debug"):
    st.json(cfg)
st.caption(f"OCR model: {cfg['model']}")
