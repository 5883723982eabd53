import gradio as gr
from tenacity import RetryError

from fallback import ask_hf
from llm import ask


def respond(message, history, use_hf):
    if use_hf:
        return ask_hf(message)
    msgs = history + [{"role": "user", "content": message}]
    try:
        return ask(msgs)
    except RetryError as err:
        return f"Failed after retries: {err.last_attempt.exception()}"


demo = gr.ChatInterface(respond, type="messages",
                        additional_inputs=[gr.Checkbox(label="Use the HF endpoint")])

if __name__ == "__main__":
    demo.launch()
