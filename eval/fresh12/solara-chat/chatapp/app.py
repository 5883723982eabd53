import solara

from .llm import reply

messages = solara.reactive([])
error = solara.reactive("")


@solara.component
def Page():
    text, set_text = solara.use_state("")

    def send():
        history = messages.value + [{"role": "user", "content": text}]
        try:
            messages.value = history + [{"role": "assistant", "content": reply(history)}]
            error.value = ""
        except Exception as e:
            error.value = f"Mistral call failed: {e}"
        set_text("")

    with solara.Column():
        for m in messages.value:
            solara.Markdown(f"**{m['role']}**: {m['content']}")
        if error.value:
            solara.Error(error.value)
        solara.InputText("Message", value=text, on_value=set_text)
        solara.Button("Send", on_click=send)
