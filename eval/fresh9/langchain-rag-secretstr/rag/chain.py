from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_mistralai import ChatMistralAI

from rag.settings import settings

llm = ChatMistralAI(model="mistral-small-latest", api_key=settings.mistral_api_key)
prompt = ChatPromptTemplate.from_template("Answer from the handbook: {question}")
chain = prompt | llm | StrOutputParser()
