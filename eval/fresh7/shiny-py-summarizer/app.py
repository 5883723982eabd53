from shiny import App, render, ui

from llm import summarize

app_ui = ui.page_fluid(
    ui.input_text_area("doc", "Paste a document"),
    ui.input_action_button("go", "Summarize"),
    ui.output_text("summary"),
)


def server(input, output, session):
    @render.text
    def summary():
        if not input.go():
            return ""
        try:
            return summarize(input.doc())
        except Exception as exc:
            return f"Summary failed: {exc}"


app = App(app_ui, server)
