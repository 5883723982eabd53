import streamlit as st

from utils.chef import suggest

st.title("Fridge chef")
items = st.text_input("Ingredients (comma separated)")
if st.button("Cook") and items:
    try:
        st.markdown(suggest([i.strip() for i in items.split(",")]))
    except Exception:
        st.error("Could not reach the recipe service, try again later.")
