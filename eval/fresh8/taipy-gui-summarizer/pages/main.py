from taipy.gui import Markdown, notify

from core.llm import summarize

text = ""
summary = ""


def on_summarize(state):
    try:
        state.summary = summarize(state.text)
    except Exception as e:
        notify(state, "error", str(e))


def on_clear(state):
    try:
        state.text = ""
    except Exception as e:
        notify(state, "error", str(e))


page = Markdown("""
# Summarizer
<|{text}|input|multiline|>
<|Summarize|button|on_action=on_summarize|> <|Clear|button|on_action=on_clear|>
<|{summary}|text|>
""")
