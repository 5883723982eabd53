import os

import gradio as gr

from rag.generator import answer
from rag.retriever import top_k

HF_TOKEN = os.getenv("HF_TOKEN")


def respond(message, history):
    docs = top_k(message)
    try:
        return answer(message, docs)
    except Exception as e:
        return f"Sorry, the model call failed: {e}"


gr.ChatInterface(respond, title="Handbook").launch()
