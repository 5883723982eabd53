import os

from crewai import LLM, Agent, Crew, Task

writer_llm = LLM(model="mistral/mistral-large-latest", api_key=os.environ["MISTRAL_API_KEY"])
fast_llm = LLM(model="groq/mixtral-8x7b-32768", api_key=os.environ.get("GROQ_API_KEY"))


def build_crew(topic: str) -> Crew:
    researcher = Agent(role="Researcher", goal=f"Collect facts about {topic}", backstory="analyst", llm=fast_llm)
    writer = Agent(role="Writer", goal="Write the brief", backstory="editor", llm=writer_llm)
    research = Task(description=f"Research {topic}", expected_output="bullet facts", agent=researcher)
    brief = Task(description="Write a one-page brief", expected_output="markdown", agent=writer)
    return Crew(agents=[researcher, writer], tasks=[research, brief])
