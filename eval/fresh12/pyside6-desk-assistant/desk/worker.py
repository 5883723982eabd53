from PySide6.QtCore import QThread, Signal
from mistralai import Mistral

from . import settings


class ChatWorker(QThread):
    reply = Signal(str)
    failed = Signal(str)

    def __init__(self, prompt: str, parent=None):
        super().__init__(parent)
        self.prompt = prompt

    def run(self):
        try:
            client = Mistral(api_key=settings.ASSISTANT_TOKEN)
            resp = client.chat.complete(
                model=settings.MODEL,
                messages=[{"role": "user", "content": self.prompt}],
                temperature=settings.TEMPERATURE,
            )
            self.reply.emit(resp.choices[0].message.content)
        except Exception as e:
            # shown in this user's own window
            self.failed.emit(str(e))
