import gradio as gr

from rag.engine import get_engine


def respond(message, history):
    try:
        return str(get_engine().query(message))
    except Exception as e:
        return f"Error: {e}"


gr.ChatInterface(respond, title="Docs assistant").launch(server_name="0.0.0.0")
