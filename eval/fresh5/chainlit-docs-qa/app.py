import logging

import chainlit as cl

from rag.llm import answer
from rag.retriever import Retriever

log = logging.getLogger(__name__)
retriever = Retriever("docs/")


@cl.on_chat_start
async def start():
    await cl.Message(content="Ask me anything about the handbook.").send()


@cl.on_message
async def on_message(message: cl.Message):
    try:
        passages = retriever.top_k(message.content, k=4)
    except FileNotFoundError as e:
        await cl.Message(content="The index is not built yet, run ingest first.").send()
        return
    try:
        reply = await answer(message.content, passages)
    except Exception as e:
        log.warning("answer failed for session %s", cl.user_session.get("id"))
        await cl.Message(content=f"Something went wrong: {e}").send()
        return
    await cl.Message(content=reply).send()
