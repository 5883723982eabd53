from langchain.agents import AgentExecutor, create_tool_calling_agent
from langchain_core.prompts import ChatPromptTemplate

from agent.llm import llm
from agent.tools import word_count

prompt = ChatPromptTemplate.from_messages([("system", "Use tools."), ("human", "{input}"), ("placeholder", "{agent_scratchpad}")])
executor = AgentExecutor(agent=create_tool_calling_agent(llm, [word_count], prompt), tools=[word_count])
print(llm)
print(executor.invoke({"input": "How many words in 'a b c'?"})["output"])
