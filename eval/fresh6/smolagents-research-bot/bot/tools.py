import requests
from smolagents import tool

TAVILY_KEY = "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"


@tool
def web_search(query: str) -> str:
    """Search the web and return the top results.

    Args:
        query: what to search for
    """
    r = requests.post("https://api.tavily.com/search", json={"api_key": TAVILY_KEY, "query": query}, timeout=30)
    return "\n".join(x["content"] for x in r.json()["results"][:5])
