import sys

from llm import chat

text = open(sys.argv[1]).read()
cards = chat.invoke(f"Write 10 flashcards (Q: / A:) from these notes:\n{text}").content
print(cards)
