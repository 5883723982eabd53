from .summarizer import summarize_updates


class StandupHandler:
    def usage(self) -> str:
        return "Send `summarize` followed by the updates, one per line."

    def handle_message(self, message, bot_handler) -> None:
        content = message["content"].strip()
        if not content.startswith("summarize"):
            bot_handler.send_reply(message, self.usage())
            return
        try:
            reply = summarize_updates(content.splitlines()[1:])
        except Exception as exc:
            reply = f"Could not summarize: {exc!r}"
        bot_handler.send_reply(message, reply)


handler_class = StandupHandler
