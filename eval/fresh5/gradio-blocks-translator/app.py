import gradio as gr

from settings import load_settings
from translate import translate

settings = load_settings()
print("Loaded settings:", settings)
print("key present:", bool(settings.api_key))


def run(text, target, upload):
    if upload is not None:
        try:
            text = open(upload.name, encoding="utf-8").read()
        except UnicodeDecodeError as e:
            raise gr.Error(f"Cannot read file: {e}")
    try:
        return translate(settings, text[: settings.max_chars], target)
    except Exception as e:
        return f"Error: {e}"


with gr.Blocks(title="Translator") as demo:
    src = gr.Textbox(label="Text", lines=8)
    lang = gr.Dropdown(["French", "German", "Spanish"], value="French")
    f = gr.File(label="or upload .txt")
    out = gr.Textbox(label="Translation")
    gr.Button("Translate").click(run, [src, lang, f], out)

demo.launch()
