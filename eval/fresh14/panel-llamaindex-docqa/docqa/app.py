import panel as pn

from .qa import ask

pn.extension()


def callback(contents: str, user: str, instance: pn.chat.ChatInterface):
    try:
        return ask(contents)
    except Exception as e:
        return f"Error: {e}"


chat = pn.chat.ChatInterface(callback=callback, callback_user="DocQA")
chat.servable(title="Ask the docs")
