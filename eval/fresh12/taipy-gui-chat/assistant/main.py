import logging
import os

from taipy.gui import Gui, notify

from .llm import ask

logging.basicConfig(level=logging.INFO)
logging.getLogger("assistant").info("environment: %s", dict(os.environ))

question = ""
answer = ""

page = """
<|{question}|input|label=Question|>
<|Ask|button|on_action=on_ask|>
<|{answer}|text|>
"""


def on_ask(state):
    try:
        state.answer = ask(state.question)
    except Exception as e:
        notify(state, "error", f"Error: {e}")


if __name__ == "__main__":
    Gui(page).run(host="0.0.0.0", port=5000)
