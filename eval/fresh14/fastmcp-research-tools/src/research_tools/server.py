import logging
import sys
from dataclasses import asdict

import httpx
from fastmcp import FastMCP

from .config import load
from .llm import Summariser

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("research_tools")

mcp = FastMCP("research-tools")
cfg = load()
summariser = Summariser(cfg)


@mcp.tool
def summarise_url(url: str) -> str:
    """Fetch a paper's text and summarise it."""
    try:
        text = httpx.get(url, timeout=30).text
    except httpx.HTTPError:
        return "Could not download that document."
    return summariser.summarise(text)


@mcp.tool
def model_info() -> dict:
    """Which model the tools use."""
    return {"model": cfg.model, "max_chars": cfg.max_chars}


def main() -> None:
    log.info("starting research-tools with %s", asdict(cfg))
    log.info("key configured: %s", bool(cfg.api_key))
    mcp.run()
