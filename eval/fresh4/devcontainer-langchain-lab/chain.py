from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_mistralai import ChatMistralAI

llm = ChatMistralAI(model="mistral-small-latest", temperature=0.2)
print(llm)

prompt = ChatPromptTemplate.from_messages([("system", "You write release notes."), ("human", "{commits}")])
chain = prompt | llm | StrOutputParser()

if __name__ == "__main__":
    print(chain.invoke({"commits": open("commits.txt").read()}))
