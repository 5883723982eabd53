import os

from smolagents import CodeAgent, DuckDuckGoSearchTool, LiteLLMModel

model = LiteLLMModel(model_id=os.getenv("AGENT_MODEL", "mistral/mistral-medium-latest"),
                     api_key=os.environ.get("MISTRAL_API_KEY"))
agent = CodeAgent(tools=[DuckDuckGoSearchTool()], model=model, max_steps=6)


def run_agent(question: str) -> str:
    return str(agent.run(question))
