import streamlit as st

from lib.ocr import ocr_pdf
from lib.session import init_client_cfg

cfg = init_client_cfg()
up = st.file_uploader("PDF", type="pdf")
if up:
    try:
        st.markdown(ocr_pdf(cfg, up.read()))
    except Exception as e:
        st.exception(e)
