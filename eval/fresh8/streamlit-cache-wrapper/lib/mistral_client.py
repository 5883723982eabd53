import streamlit as st
from mistralai import Mistral


@st.cache_resource
def get_client() -> Mistral:
    key = st.secrets.get("MISTRAL_API_KEY", "iZyQxkJCQQ08zUYFSeXZU41OLYFWmHSd")
    return Mistral(api_key=key)


def get_settings() -> dict:
    return {
        "model": st.session_state.get("model", "mistral-small-latest"),
        "temperature": st.session_state.get("temperature", 0.2),
        "api_key": st.secrets.get("MISTRAL_API_KEY", ""),
    }
