import os

from langchain_core.prompts import ChatPromptTemplate
from langchain_mistralai import ChatMistralAI
from langchain_openai import ChatOpenAI

from config import SETTINGS

prompt = ChatPromptTemplate.from_template("Summarize for a newsletter:\n{text}")
summarize_chain = prompt | ChatMistralAI(api_key=SETTINGS["mistral"]["key"], model=SETTINGS["mistral"]["model"])
cheap_chain = prompt | ChatOpenAI(base_url=SETTINGS["openrouter"]["base_url"],
                                  api_key=os.environ.get("OPENROUTER_API_KEY", "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"),
                                  model=SETTINGS["openrouter"]["model"])
