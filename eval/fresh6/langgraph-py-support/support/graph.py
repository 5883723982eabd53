from langchain_mistralai import ChatMistralAI
from langchain_openai import ChatOpenAI
from langgraph.graph import END, START, MessagesState, StateGraph

from .settings import settings

llm = ChatMistralAI(model=settings.model, api_key=settings.mistral_api_key)
router_llm = ChatOpenAI(
    base_url="https://openrouter.ai/api/v1",
    model="mistralai/mistral-nemo",
    api_key=settings.openrouter_api_key,
)


def respond(state: MessagesState):
    return {"messages": [llm.invoke(state["messages"])]}


builder = StateGraph(MessagesState)
builder.add_node("respond", respond)
builder.add_edge(START, "respond")
builder.add_edge("respond", END)
graph = builder.compile()
