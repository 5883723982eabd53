import chainlit as cl

from chains import answer


@cl.password_auth_callback
def auth(username: str, password: str):
    if (username, password) == ("admin", "admin"):
        return cl.User(identifier="admin")
    return None


@cl.on_message
async def on_message(message: cl.Message):
    try:
        await cl.Message(content=await answer(message.content)).send()
    except Exception as e:
        await cl.ErrorMessage(content=str(e)).send()
