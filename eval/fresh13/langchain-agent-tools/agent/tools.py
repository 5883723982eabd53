from langchain_core.tools import tool


@tool
def word_count(text: str) -> int:
    """Count words in a text."""
    return len(text.split())
