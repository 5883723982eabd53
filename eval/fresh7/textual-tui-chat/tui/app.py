from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Input, Markdown

from .client import make_client


class ChatApp(App):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Markdown(id="out")
        yield Input(placeholder="Ask Mistral")
        yield Footer()

    def on_mount(self) -> None:
        self.client = make_client()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        out = self.query_one("#out", Markdown)
        try:
            res = await self.client.chat.complete_async(
                model="mistral-small-latest",
                messages=[{"role": "user", "content": event.value}],
            )
            await out.update(res.choices[0].message.content)
        except Exception as e:
            self.notify(str(e), severity="error")


if __name__ == "__main__":
    ChatApp().run()
