import hashlib

import streamlit as st


def cached_completion(fn):
    """Caches answers per prompt hash for an hour."""
    @st.cache_data(ttl=3600, show_spinner=False)
    def _run(prompt_hash: str, prompt: str) -> str:
        return fn(prompt)

    def wrapper(prompt: str) -> str:
        return _run(hashlib.sha256(prompt.encode()).hexdigest(), prompt)
    return wrapper
