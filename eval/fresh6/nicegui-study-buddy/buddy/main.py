from nicegui import ui

from .config import CFG
from .llm import quiz_me

print("loaded config", CFG)
print("title:", CFG["app"]["title"])


def ask(topic: str) -> None:
    try:
        out.set_text(quiz_me(topic))
    except Exception as e:
        ui.notify(f"Mistral error: {e}", type="negative")


topic = ui.input("Topic")
ui.button("Quiz me", on_click=lambda: ask(topic.value))
out = ui.label()

ui.run(title=CFG["app"]["title"], storage_secret=CFG["app"]["storage_secret"])
