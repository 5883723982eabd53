import gradio as gr

from agent import answer


def respond(message, history):
    try:
        return answer(message)
    except Exception as err:
        return f"Error: {err}"


gr.ChatInterface(respond, title="Weather agent").launch()
