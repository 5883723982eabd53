import streamlit as st

from lib.client import get_client

st.title("Recipe ideas")
dish = st.text_input("Ingredients")
if dish:
    res = get_client().chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": f"Recipe with {dish}"}])
    st.markdown(res.choices[0].message.content)
