import streamlit as st
from pypdf import PdfReader

from rag import config
from rag.chain import answer, build_store

st.set_page_config(page_title="Chat with your PDF")
st.title("📄 Chat with your PDF")
st.sidebar.caption(f"Model: {config.CHAT_MODEL}")
if st.sidebar.checkbox("debug"):
    st.sidebar.caption(f"Token in use: {config.API_TOKEN}")

upload = st.file_uploader("PDF", type="pdf")
if upload and "store" not in st.session_state:
    text = "".join(page.extract_text() or "" for page in PdfReader(upload).pages)
    chunks = [text[i:i + config.CHUNK_SIZE] for i in range(0, len(text), config.CHUNK_SIZE)]
    st.session_state.store = build_store(chunks)

q = st.chat_input("Ask something about the document")
if q and "store" in st.session_state:
    st.chat_message("user").write(q)
    try:
        reply = answer(st.session_state.store, q)
    except Exception as e:
        st.error(f"Could not answer: {e}")
    else:
        st.chat_message("assistant").write(reply)
