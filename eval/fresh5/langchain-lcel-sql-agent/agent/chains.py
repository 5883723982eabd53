from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_groq import ChatGroq
from langchain_mistralai import ChatMistralAI

from keys import GROQ_KEY, KEY

sql_llm = ChatMistralAI(model="codestral-latest", mistral_api_key=KEY, temperature=0)
judge_llm = ChatGroq(model="mixtral-8x7b-32768", api_key=GROQ_KEY)

SQL_PROMPT = ChatPromptTemplate.from_messages([
    ("system", "Write one SQLite query for the schema:\n{schema}"),
    ("human", "{question}"),
])

sql_chain = SQL_PROMPT | sql_llm | StrOutputParser()
judge_chain = ChatPromptTemplate.from_template("Is this SQL safe? {sql}") | judge_llm | StrOutputParser()
