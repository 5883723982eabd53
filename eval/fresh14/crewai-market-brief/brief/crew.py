from crewai import LLM, Agent, Crew, Task

from .settings import GROQ_TOKEN, LLM_TOKEN

analyst_llm = LLM(model="mistral/mistral-large-latest", api_key=LLM_TOKEN, temperature=0.2)
# quick drafts go through Groq's hosted Mixtral: its own key and errors
draft_llm = LLM(model="groq/mixtral-8x7b-32768", api_key=GROQ_TOKEN)


def build_crew(sector: str) -> Crew:
    researcher = Agent(role="Researcher", goal=f"Collect this week's {sector} news",
                       backstory="Analyst at a small fund", llm=draft_llm)
    writer = Agent(role="Writer", goal="Write a one-page brief", backstory="Editor", llm=analyst_llm)
    t1 = Task(description=f"List the five biggest {sector} stories", expected_output="bullets", agent=researcher)
    t2 = Task(description="Turn the list into a brief", expected_output="markdown", agent=writer)
    return Crew(agents=[researcher, writer], tasks=[t1, t2])
