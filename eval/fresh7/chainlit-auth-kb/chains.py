from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_mistralai import ChatMistralAI

from keys import KB_KEY

prompt = ChatPromptTemplate.from_messages([("system", "Answer from the knowledge base."), ("human", "{q}")])
chain = prompt | ChatMistralAI(model="mistral-small-latest", mistral_api_key=KB_KEY) | StrOutputParser()


async def answer(q: str) -> str:
    return await chain.ainvoke({"q": q})
