import chainlit as cl

from summarizer import summarize


@cl.on_message
async def main(message: cl.Message):
    try:
        out = await summarize(message.content)
    except Exception as e:
        await cl.ErrorMessage(content=str(e)).send()
        return
    await cl.Message(content=out).send()
