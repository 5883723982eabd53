import streamlit as st
from mistralai import Mistral


@st.cache_resource
def _client() -> Mistral:
    return Mistral(api_key=st.secrets["MISTRAL_API_KEY"])


def plan(prompt: str) -> str:
    resp = _client().beta.conversations.start(
        agent_id=st.secrets["TRAVEL_AGENT_ID"],
        inputs=prompt,
    )
    return resp.outputs[-1].content
