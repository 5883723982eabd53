import json

import streamlit as st

st.title("Export")
try:
    data = json.dumps(st.session_state.get("history", []), indent=2)
except TypeError as e:
    st.error(f"Cannot export: {e}")
else:
    st.download_button("Download transcript", data, "chat.json")
