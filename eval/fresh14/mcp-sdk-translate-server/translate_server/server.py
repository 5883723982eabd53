import logging

from mcp.server.fastmcp import FastMCP

from .http import mistral_http

log = logging.getLogger(__name__)
server = FastMCP("translate")


@server.tool()
async def translate(text: str, target: str = "fr") -> str:
    """Translate text into the target language."""
    log.debug("POST /chat/completions with headers %s", mistral_http.headers)
    r = await mistral_http.post(
        "/chat/completions",
        json={
            "model": "mistral-small-latest",
            "messages": [{"role": "user", "content": f"Translate to {target}: {text}"}],
        },
    )
    log.debug("status %s, %d bytes", r.status_code, len(r.content))
    if r.status_code == 401:
        log.warning("rejected auth header: %s", mistral_http.headers["Authorization"])
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def main() -> None:
    server.run()
