import mesop as me
import mesop.labs as mel

from reply import stream_reply
from settings import settings

print("booting notes chat with", settings)
print("model:", settings.model, "key set:", bool(settings.api_key))


def transform(message: str, history: list[mel.ChatMessage]):
    msgs = [{"role": m.role, "content": m.content} for m in history]
    try:
        yield from stream_reply(msgs)
    except Exception as exc:
        yield f"error: {exc}"


@me.page(path="/", title="Notes chat")
def page():
    mel.chat(transform, title="Notes", bot_user="Mistral")
