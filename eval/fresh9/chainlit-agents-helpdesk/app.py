import chainlit as cl

from agent import ask_agent
from fallback import ask_openrouter


@cl.on_chat_start
async def start():
    cl.user_session.set("history", [])


@cl.on_message
async def on_message(message: cl.Message):
    history = cl.user_session.get("history")
    history.append({"role": "user", "content": message.content})
    try:
        answer = await ask_agent(history)
    except Exception as err:
        await cl.Message(content=f"Agent error: {err!r}").send()
        try:
            answer = await ask_openrouter(history)
        except Exception as err2:
            await cl.Message(content=f"Fallback error: {err2}").send()
            return
    history.append({"role": "assistant", "content": answer})
    await cl.Message(content=answer).send()
