from langchain_community.tools.tavily_search import TavilySearchResults
from tavily import TavilyClient

from agent.secrets_store import TAVILY_KEY

tavily = TavilyClient(api_key=TAVILY_KEY)
search_tool = TavilySearchResults(max_results=4, tavily_api_key=TAVILY_KEY)
