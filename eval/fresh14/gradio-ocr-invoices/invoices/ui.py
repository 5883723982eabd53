import gradio as gr

from .ocr import ask_invoice, extract

ALLOWED = (".pdf", ".png", ".jpg")


def run(file):
    if file is None or not file.name.lower().endswith(ALLOWED):
        gr.Warning("Unsupported file type")
        return ""
    try:
        return extract(file.name)
    except Exception as e:
        raise gr.Error(str(e))


def chat(message, history):
    try:
        return ask_invoice(message)
    except Exception as e:
        return f"Error: {e}"


with gr.Blocks(title="Invoice reader") as demo:
    with gr.Tab("Read"):
        gr.Interface(fn=run, inputs=gr.File(), outputs=gr.Markdown())
    with gr.Tab("Ask"):
        gr.ChatInterface(fn=chat, type="messages")

if __name__ == "__main__":
    demo.launch()
