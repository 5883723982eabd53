import streamlit as st


def init_client_cfg():
    if "client_cfg" not in st.session_state:
        st.session_state["client_cfg"] = {
            "api_key": st.secrets["MISTRAL_API_KEY"],
            "model": "mistral-ocr-latest",
        }
    return st.session_state["client_cfg"]
