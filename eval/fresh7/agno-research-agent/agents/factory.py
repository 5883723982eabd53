import os

from agno.agent import Agent
from agno.models.mistral import MistralChat
from agno.models.openrouter import OpenRouter
from agno.tools.tavily import TavilyTools

from .keys import RESEARCH_KEY, TAVILY_KEY


def research_agent() -> Agent:
    return Agent(
        model=MistralChat(id="mistral-large-latest", api_key=RESEARCH_KEY),
        tools=[TavilyTools(api_key=TAVILY_KEY)],
        markdown=True,
    )


def cheap_agent() -> Agent:
    return Agent(model=OpenRouter(id="mistralai/mistral-small-3.1-24b-instruct", api_key=os.environ["OPENROUTER_API_KEY"]))
