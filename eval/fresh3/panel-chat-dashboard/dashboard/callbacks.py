from .llm import stream_reply


def respond(contents: str, user: str, instance):
    history = [{"role": "user", "content": contents}]
    text = ""
    try:
        for token in stream_reply(history):
            text += token
            yield text
    except Exception as exc:
        yield repr(exc)
