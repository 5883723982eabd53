import chainlit as cl

from engine import build_engine


@cl.on_chat_start
async def start():
    cl.user_session.set("engine", build_engine())


@cl.on_message
async def on_message(message: cl.Message):
    engine = cl.user_session.get("engine")
    try:
        response = await engine.achat(message.content)
    except Exception as e:
        await cl.Message(content=f"Something went wrong: {e}").send()
        return
    await cl.Message(content=response.response).send()
