import os

import streamlit.components.v1 as components

_RELEASE = os.getenv("COMPONENT_RELEASE") == "1"

if _RELEASE:
    _component = components.declare_component("chat_box", path=os.path.join(os.path.dirname(__file__), "frontend/build"))
else:
    _component = components.declare_component("chat_box", url="http://localhost:3001")


def chat_box(placeholder: str = "Ask something", key=None):
    return _component(placeholder=placeholder, key=key, default="")
