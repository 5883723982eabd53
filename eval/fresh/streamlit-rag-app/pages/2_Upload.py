import streamlit as st

from rag.index import add_document

uploaded = st.file_uploader("Add a PDF to the index", type=["pdf"])
if uploaded is not None:
    try:
        pages = add_document(uploaded.getvalue())
        st.success(f"Indexed {pages} pages")
    except Exception as e:
        st.error(f"Could not read the PDF: {e}")
