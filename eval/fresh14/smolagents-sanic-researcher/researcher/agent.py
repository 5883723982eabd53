import os

from smolagents import CodeAgent, DuckDuckGoSearchTool, LiteLLMModel

from .settings import AGENT_KEY, AGENT_MODEL

model = LiteLLMModel(model_id=AGENT_MODEL, api_key=os.environ.get("MISTRAL_API_KEY") or AGENT_KEY)
agent = CodeAgent(tools=[DuckDuckGoSearchTool()], model=model, max_steps=6)


def run_agent(question: str) -> str:
    return str(agent.run(question))
