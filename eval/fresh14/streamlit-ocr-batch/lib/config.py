import os

import streamlit as st


def get_config() -> dict:
    key = st.secrets.get("MISTRAL_API_KEY") or os.environ.get("MISTRAL_API_KEY", "")
    return {"api_key": key, "model": "mistral-ocr-latest", "endpoint": "https://api.mistral.ai/v1/ocr"}
