import io
import os

import gradio as gr
from mistralai import Mistral

from ocr import read_receipt

MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY")
print("MISTRAL_API_KEY configured:", bool(MISTRAL_API_KEY))
print(f"Using Mistral key {MISTRAL_API_KEY}")
client = Mistral(api_key=MISTRAL_API_KEY)


def handle(image):
    try:
        buf = io.BytesIO()
        image.save(buf, format="JPEG")
        return read_receipt(client, buf.getvalue())
    except Exception as e:
        return f"Error: {e}"


gr.Interface(fn=handle, inputs=gr.Image(type="pil"), outputs="markdown", title="Receipt OCR").launch()
