from crewai import LLM, Agent, Crew, Task
from crewai_tools import SerperDevTool

from .config import LLM_CONFIG

llm = LLM(**LLM_CONFIG)
groq_llm = LLM(model="groq/mixtral-8x7b-32768", api_key="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")

analyst = Agent(role="Market analyst", goal="Brief the team on a market", backstory="Ten years in equity research", llm=llm, tools=[SerperDevTool()])
editor = Agent(role="Editor", goal="Tighten the brief", backstory="Ex-newsroom", llm=groq_llm)


def build_crew(market: str) -> Crew:
    research = Task(description=f"Research the {market} market", expected_output="Bullet points", agent=analyst)
    edit = Task(description="Edit the brief to 200 words", expected_output="Brief", agent=editor)
    return Crew(agents=[analyst, editor], tasks=[research, edit])
