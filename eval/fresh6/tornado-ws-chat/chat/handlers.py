import logging

from tornado.websocket import WebSocketHandler

from .llm import API_KEY, reply

log = logging.getLogger(__name__)


class ChatSocket(WebSocketHandler):
    def open(self):
        self.history = []
        log.info("socket opened; key length %d, prefix %s", len(API_KEY), API_KEY[:4])

    async def on_message(self, message):
        self.history.append({"role": "user", "content": message})
        try:
            answer = await reply(self.history)
        except Exception as e:
            self.write_message({"type": "error", "detail": str(e)})
            return
        self.history.append({"role": "assistant", "content": answer})
        self.write_message({"type": "answer", "text": answer})
