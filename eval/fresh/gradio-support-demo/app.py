import gradio as gr

from llm import chat, safe_chat


def respond(message, history):
    try:
        return chat(message, history)
    except Exception as e:
        return f"⚠️ {e!r}"


def respond_strict(message, history):
    try:
        return chat(message, history)
    except Exception as e:
        raise gr.Error(str(e))


def respond_safe(message, history):
    try:
        return safe_chat(message, history)
    except Exception as e:
        return f"⚠️ {e}"


with gr.Blocks() as demo:
    gr.ChatInterface(respond, type="messages")
    gr.ChatInterface(respond_strict, type="messages")
    gr.ChatInterface(respond_safe, type="messages")

demo.launch()
