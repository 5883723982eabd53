"""Every generated proxy file parses cleanly in its language and carries the security header."""

from __future__ import annotations

import pytest

from fixes.roundtrip import error_nodes
from mistral_keyguard.fixes.proxy import render
from pathlib import Path

TEMPLATES = [
    ("node-server.mjs", False, "server/mistral-proxy.mjs"),
    ("express-router.mjs", False, "server/mistral-proxy-router.mjs"),
    ("express-router.cjs", False, "server/mistral-proxy-router.cjs"),
    ("next-app-route.ts", True, "app/api/mistral/chat/route.ts"),
    ("next-app-route.js", False, "app/api/mistral/chat/route.js"),
    ("next-pages-route.ts", True, "pages/api/mistral/chat.ts"),
    ("next-pages-route.js", False, "pages/api/mistral/chat.js"),
    ("sveltekit-server.ts", True, "src/routes/api/mistral/chat/+server.ts"),
    ("sveltekit-server.js", False, "src/routes/api/mistral/chat/+server.js"),
]


@pytest.mark.parametrize("name,typescript,path", TEMPLATES, ids=[t[0] for t in TEMPLATES])
def test_template_renders_to_clean_code(name: str, typescript: bool, path: str) -> None:
    text = render(name, route="chat", path=path, typescript=typescript)
    assert "{{" not in text
    assert "authentication and rate limiting" in text
    assert "process.env.MISTRAL_API_KEY" in text and "MISTRAL_API_BASE_URL" in text
    assert error_nodes(Path(path.replace(".mjs", ".js").replace(".cjs", ".js")), text.encode()) == 0
