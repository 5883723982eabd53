from fasthtml.common import *

from llm import ask, ask_cheap

app, rt = fast_app()


@rt("/")
def get():
    return Titled("FAQ", Form(Input(name="q"), Button("Ask"), hx_post="/ask", hx_target="#answer"), Div(id="answer"))


@rt("/ask")
def post(q: str):
    try:
        return Div(ask(q))
    except Exception as e:
        return Div(f"Error: {e}", cls="error")


@rt("/ask-cheap")
def post_cheap(q: str):
    try:
        return Div(ask_cheap(q))
    except Exception as e:
        return Div(f"Gateway error: {e}", cls="error")


serve()
