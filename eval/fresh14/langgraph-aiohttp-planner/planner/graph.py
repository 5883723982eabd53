import logging
from typing import TypedDict

from langchain_mistralai import ChatMistralAI
from langgraph.graph import END, StateGraph

from .settings import LLM_KWARGS

log = logging.getLogger(__name__)
log.info("planner llm config: %s", LLM_KWARGS)
llm = ChatMistralAI(**LLM_KWARGS)


class PlanState(TypedDict):
    goal: str
    steps: list[str]


def draft(state: PlanState) -> PlanState:
    msg = llm.invoke(f"Break this goal into at most five steps: {state['goal']}")
    return {"goal": state["goal"], "steps": msg.content.splitlines()}


def build():
    g = StateGraph(PlanState)
    g.add_node("draft", draft)
    g.set_entry_point("draft")
    g.add_edge("draft", END)
    return g.compile()


graph = build()
