import reflex as rx

from .state import State


def index() -> rx.Component:
    return rx.vstack(
        rx.text_area(value=State.source, on_change=State.set_source),
        rx.select(["French", "German", "Spanish"], value=State.target, on_change=State.set_target),
        rx.button("Translate", on_click=State.run, loading=State.loading),
        rx.cond(State.error != "", rx.callout(State.error, color_scheme="red")),
        rx.text(State.result),
    )


app = rx.App()
app.add_page(index)
