import streamlit as st


def load_config() -> dict:
    return {
        "api_key": st.secrets["MISTRAL_API_KEY"],
        "model": st.secrets.get("MODEL", "mistral-small-latest"),
        "temperature": 0.2,
    }
