import os

from tavily import TavilyClient

tavily = TavilyClient(api_key=os.environ.get("TAVILY_API_KEY", "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"))
