import os

from langchain_core.tools import tool
from langchain_mistralai import ChatMistralAI


@tool
def lookup_order(order_id: str) -> str:
    """Return the status of an order."""
    return f"Order {order_id} shipped"


llm = ChatMistralAI(model="mistral-large-latest", api_key=os.environ["MISTRAL_API_KEY"], streaming=True)
agent_llm = llm.bind_tools([lookup_order])
