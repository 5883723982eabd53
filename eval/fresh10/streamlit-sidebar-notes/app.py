import streamlit as st

from lib.analytics import track
from lib.client import action_items

st.title("Meeting notes")
with st.sidebar:
    st.caption("Model: mistral-small-latest")

text = st.text_area("Transcript", height=300)
if st.button("Extract") and text:
    track("extract", len(text))
    try:
        st.markdown(action_items(text))
    except Exception as err:
        st.error(f"Mistral request failed: {err}")
