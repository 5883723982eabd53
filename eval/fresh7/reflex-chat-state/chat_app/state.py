import reflex as rx

from . import llm


class ChatState(rx.State):
    question: str = ""
    answer: str = ""
    error: str = ""
    history: list[dict] = []

    async def send(self):
        self.history.append({"role": "user", "content": self.question})
        try:
            self.answer = await llm.ask(self.history)
        except Exception as e:
            self.error = f"Mistral call failed: {e}"
            return
        self.history.append({"role": "assistant", "content": self.answer})
