from langchain_mistralai import ChatMistralAI
from langgraph.prebuilt import create_react_agent

from agent.secrets_store import LLM_KEY
from agent.tools import search_tool

model = ChatMistralAI(model="mistral-large-latest", mistral_api_key=LLM_KEY, temperature=0.2)
agent = create_react_agent(model, [search_tool])


def run(question: str) -> str:
    result = agent.invoke({"messages": [("user", question)]})
    return result["messages"][-1].content
