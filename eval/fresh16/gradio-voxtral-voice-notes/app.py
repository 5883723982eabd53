import logging

import gradio as gr
import httpx
from dotenv import load_dotenv

load_dotenv()

from summarize import summarize  # noqa: E402
from transcribe import auth_headers, transcribe  # noqa: E402

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("voice-notes")


def process(audio_path):
    if audio_path is None:
        return "Record something first.", ""
    log.info("calling voxtral with %s", auth_headers())
    try:
        text = transcribe(audio_path)
    except httpx.HTTPStatusError as e:
        return f"Transcription failed: {e.response.text}", ""
    try:
        summary = summarize(text)
    except Exception as e:
        summary = f"error: {e}"
    return text, summary


demo = gr.Interface(
    fn=process,
    inputs=gr.Audio(type="filepath"),
    outputs=[gr.Textbox(label="Transcript"), gr.Markdown(label="Summary")],
)

if __name__ == "__main__":
    demo.launch()
