import chainlit as cl

from assistant.pipeline import answer_stream


@cl.on_chat_start
async def start():
    await cl.Message(content="Ask me about the handbook.").send()


@cl.on_message
async def on_message(message: cl.Message):
    reply = cl.Message(content="")
    try:
        async for token in answer_stream(message.content):
            await reply.stream_token(token)
    except Exception as exc:
        reply.content = f"Generation failed: {exc}"
    await reply.send()
