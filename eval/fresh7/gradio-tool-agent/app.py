import gradio as gr

from tools.agent import run_tools


def respond(message, history):
    msgs = [{"role": h["role"], "content": h["content"]} for h in history] + [{"role": "user", "content": message}]
    try:
        yield run_tools(msgs)
    except Exception as e:
        yield f"Something failed: {e!r}"


gr.ChatInterface(respond, type="messages").launch()
