import reflex as rx

from .state import ChatState


def index() -> rx.Component:
    return rx.vstack(
        rx.input(value=ChatState.question, on_change=ChatState.set_question),
        rx.button("Ask", on_click=ChatState.send),
        rx.text(ChatState.answer),
        rx.cond(ChatState.error != "", rx.callout(ChatState.error, color_scheme="red")),
    )


app = rx.App()
app.add_page(index)
