import streamlit as st
from mistralai import Mistral


@st.cache_resource
def get_client() -> Mistral:
    return Mistral(api_key=st.secrets["MISTRAL_API_KEY"])
