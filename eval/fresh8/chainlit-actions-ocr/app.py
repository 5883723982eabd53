import chainlit as cl

from ocr import run_ocr


@cl.on_chat_start
async def start():
    files = await cl.AskFileMessage(content="Upload a PDF", accept=["application/pdf"]).send()
    cl.user_session.set("pdf", files[0].path)
    await cl.Message(content="Ready.", actions=[cl.Action(name="ocr", payload={}, label="Extract text")]).send()


@cl.action_callback("ocr")
async def on_ocr(action: cl.Action):
    try:
        text = await cl.make_async(run_ocr)(cl.user_session.get("pdf"))
    except Exception as err:
        await cl.Message(content=f"OCR failed: {err}").send()
        return
    await cl.Message(content=text[:4000]).send()
