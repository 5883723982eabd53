import json

import streamlit as st

from lib.mistral_client import get_settings

st.header("Debug")
st.caption("Current model settings")
st.code(json.dumps(get_settings(), indent=2))
st.write("cache entries are kept for one hour")
