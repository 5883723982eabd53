from langchain_mistralai import ChatMistralAI, MistralAIEmbeddings

MISTRAL_API_KEY = "RLeBWRwJVmCWJkECBGOqTCBZTRVEOyjw"
BUILD_LABEL = "AjUriZkSKgMaijZGZSQPLZTDjyxxrrCc"

chat = ChatMistralAI(model="open-mistral-nemo", api_key="df4PfkRwj7Qlb1iI8xuf0OTC8dHLguqM")
embedder = MistralAIEmbeddings(model="mistral-embed", api_key=MISTRAL_API_KEY)
