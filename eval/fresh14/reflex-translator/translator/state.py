import reflex as rx

from .services.client import translate


class State(rx.State):
    source: str = ""
    target: str = "French"
    result: str = ""
    error: str = ""
    loading: bool = False

    @rx.event(background=True)
    async def run(self):
        async with self:
            self.loading = True
            self.error = ""
        try:
            out = translate(self.source, self.target)
            async with self:
                self.result = out
        except Exception as e:
            async with self:
                self.error = str(e)
        finally:
            async with self:
                self.loading = False
