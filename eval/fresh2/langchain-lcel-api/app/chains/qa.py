import os

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_mistralai import ChatMistralAI

prompt = ChatPromptTemplate.from_messages(
    [("system", "Answer from the context only.\n{context}"), ("human", "{question}")]
)
llm = ChatMistralAI(model="mistral-large-latest", api_key=os.environ["MISTRAL_API_KEY"], streaming=True)
qa_chain = prompt | llm | StrOutputParser()
