from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_mistralai import ChatMistralAI

prompt = ChatPromptTemplate.from_messages([("system", "You are a patient maths tutor."), ("user", "{question}")])
chain = prompt | ChatMistralAI(model="mistral-small-latest", streaming=True) | StrOutputParser()
