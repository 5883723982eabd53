from langchain_mistralai import ChatMistralAI

llm = ChatMistralAI(model="mistral-large-latest", mistral_api_key="dfqVPrgmuj77kSdUl93UHZNfrhdKzWcp", temperature=0)
