import streamlit as st

from lib.cache import cached_completion
from lib.mistral_client import get_client, get_settings


@cached_completion
def answer(prompt: str) -> str:
    cfg = get_settings()
    res = get_client().chat.complete(model=cfg["model"], messages=[{"role": "user", "content": prompt}])
    return res.choices[0].message.content


st.title("Release notes helper")
prompt = st.text_area("Paste the changelog")
if st.button("Summarize") and prompt:
    try:
        st.markdown(answer(prompt))
    except Exception:
        st.error("The assistant is unavailable, try again later.")
