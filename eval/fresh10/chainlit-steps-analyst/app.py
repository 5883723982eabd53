import chainlit as cl
import pandas as pd

from tools.describe import describe
from tools.draft import quick_draft


@cl.on_message
async def on_message(msg: cl.Message):
    if msg.content.startswith("/draft"):
        try:
            text = await quick_draft(msg.content[6:])
        except Exception as exc:
            text = f"local model unavailable: {exc}"
        await cl.Message(content=text).send()
        return
    files = [f for f in msg.elements if f.name.endswith(".csv")]
    if not files:
        await cl.Message(content="Upload a CSV first.").send()
        return
    df = pd.read_csv(files[0].path)
    async with cl.Step(name="describe"):
        try:
            text = await describe(list(df.columns), df.head(5).to_csv())
        except Exception as exc:
            await cl.Message(content=f"Analysis failed: {exc}").send()
            return
    await cl.Message(content=text).send()
