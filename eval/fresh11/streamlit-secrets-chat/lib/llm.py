import streamlit as st
from mistralai import Mistral


@st.cache_resource
def get_client() -> Mistral:
    return Mistral(api_key=st.secrets["MISTRAL_API_KEY"])


def reply(history: list[dict]) -> str:
    resp = get_client().chat.complete(model="mistral-small-latest", messages=history)
    return resp.choices[0].message.content
