import gradio as gr

from translator.service import Translator

tr = Translator()


def run(text, target):
    try:
        return tr.translate(text, target)
    except Exception as e:
        return f"Translation failed: {e}"


with gr.Blocks() as demo:
    src = gr.Textbox(label="Text")
    lang = gr.Dropdown(["French", "German", "Spanish"], value="French")
    out = gr.Textbox(label="Translation")
    gr.Button("Translate").click(run, [src, lang], out)

demo.launch()
