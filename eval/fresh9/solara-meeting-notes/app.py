import solara

from notes_ai import action_items

transcript = solara.reactive("")
result = solara.reactive("")
error = solara.reactive("")


def run():
    try:
        result.set(action_items(transcript.value))
        error.set("")
    except Exception as e:
        error.set(f"Failed: {e}")


@solara.component
def Page():
    solara.InputTextArea("Transcript", value=transcript)
    solara.Button("Extract", on_click=run)
    if error.value:
        solara.Error(error.value)
    solara.Markdown(result.value)
