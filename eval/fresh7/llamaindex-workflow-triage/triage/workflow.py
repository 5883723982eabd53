from llama_index.core.workflow import Event, StartEvent, StopEvent, Workflow, step
from llama_index.llms.mistralai import MistralAI

from .cfg import TriageConfig


class Classified(Event):
    label: str


class TriageFlow(Workflow):
    def __init__(self, cfg: TriageConfig, **kw):
        super().__init__(**kw)
        self.llm = MistralAI(api_key=cfg.mistral_key, model=cfg.model)

    @step
    async def classify(self, ev: StartEvent) -> Classified | StopEvent:
        try:
            res = await self.llm.acomplete(f"Label this ticket (bug/billing/other): {ev.ticket}")
        except Exception:
            return StopEvent(result="unclassified")
        return Classified(label=res.text.strip().lower())

    @step
    async def route(self, ev: Classified) -> StopEvent:
        return StopEvent(result=ev.label)
