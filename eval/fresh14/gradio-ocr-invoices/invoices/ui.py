import gradio as gr

from .ocr import extract

ALLOWED = (".pdf", ".png", ".jpg")


def run(file):
    if file is None or not file.name.lower().endswith(ALLOWED):
        gr.Warning("Unsupported file type")
        return ""
    try:
        return extract(file.name)
    except Exception as e:
        raise gr.Error(str(e))


demo = gr.Interface(fn=run, inputs=gr.File(), outputs=gr.Markdown(), title="Invoice reader")

if __name__ == "__main__":
    demo.launch()
