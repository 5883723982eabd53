import os

from tavily import TavilyClient

tavily = TavilyClient(api_key=os.environ.get("TAVILY_API_KEY", "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"))
