import chainlit as cl

import rag


@cl.on_chat_start
async def start():
    await cl.Message(content="Ask me about your notes.").send()


@cl.on_message
async def on_message(message: cl.Message):
    try:
        reply = await rag.answer(message.content)
    except Exception as e:
        await cl.Message(content=f"Something broke: {e}").send()
        return
    await cl.Message(content=reply, actions=[cl.Action(name="again", payload={"q": message.content}, label="Again")]).send()


@cl.action_callback("again")
async def again(action: cl.Action):
    try:
        reply = await rag.answer(action.payload["q"])
    except Exception as exc:
        await cl.Message(content=str(exc)).send()
        return
    await cl.Message(content=reply).send()
