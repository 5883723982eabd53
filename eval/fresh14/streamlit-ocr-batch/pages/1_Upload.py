import logging

import streamlit as st

from lib.ocr import ocr_file

log = logging.getLogger("ocr.upload")

files = st.file_uploader("PDF files", type=["pdf"], accept_multiple_files=True)
for f in files or []:
    try:
        resp = ocr_file(f.name, f.getvalue())
    except Exception as e:
        st.error(f"OCR failed for {f.name}: {e}")
        continue
    log.debug("ocr request headers: %s", resp.request.headers)
    pages = resp.json()["pages"]
    st.subheader(f.name)
    st.markdown("\n\n".join(p["markdown"] for p in pages))
