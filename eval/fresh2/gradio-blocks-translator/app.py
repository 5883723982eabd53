import gradio as gr

from translator.engine import summarize_doc, translate


def on_translate(text, target):
    try:
        return translate(text, target)
    except Exception as e:
        return f"Error: {e}"


def on_summarize(text):
    try:
        return summarize_doc(text)
    except Exception as e:
        raise gr.Error(repr(e))


with gr.Blocks() as demo:
    src = gr.Textbox(label="Text")
    lang = gr.Dropdown(["French", "German", "Spanish"], value="French")
    out = gr.Textbox(label="Result")
    gr.Button("Translate").click(on_translate, [src, lang], out)
    gr.Button("Summarize").click(on_summarize, [src], out)

if __name__ == "__main__":
    demo.launch()
