"""Issue 11.6: after the proxy fix creates a route file, the client is asked to show it
(`window/showDocument`, only when it advertises `window.showDocument.support`), and once per
session a message says the route needs authentication and rate limiting before it goes public.
Both come from the command the code action carries, which the client runs after the edit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lsprotocol import types

from workspace_edit import apply_workspace_edit

CLIENT = '''"use client";

export async function ask(messages) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.NEXT_PUBLIC_MISTRAL_API_KEY}` },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  });
  return res.json();
}
'''
ROUTE = "app/api/mistral/chat/route.js"


def next_app(root: Path) -> Path:
    (root / "app").mkdir(parents=True)
    (root / "package.json").write_text(json.dumps({"name": "web", "dependencies": {"next": "14", "react": "18"}}))
    (root / "app" / "chat.js").write_text(CLIENT)
    return root / "app" / "chat.js"


async def proxy_action(client, path: Path) -> types.CodeAction:
    uri = path.as_uri()
    client.open(uri, path.read_text(), "javascript")
    params = await client.diagnostics_for(uri, 1, predicate=lambda ds: any(d.code == "MK002" for d in ds))
    diag = next(d for d in params.diagnostics if d.code == "MK002")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diag.range,
        context=types.CodeActionContext(diagnostics=[diag])))
    return next(a for a in actions if isinstance(a, types.CodeAction) and a.title == "Route through a server proxy")


def apply_to_disk(edit: types.WorkspaceEdit) -> None:
    def read(uri: str) -> str | None:
        path = Path(uri.removeprefix("file://"))
        return path.read_text() if path.is_file() else None

    for uri, text in apply_workspace_edit(edit, read, "utf-16").items():
        path = Path(uri.removeprefix("file://"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


async def run(client, command: types.Command):
    return await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=command.command, arguments=command.arguments))


def route_warnings(client) -> list[str]:
    return [m.message for m in client.messages if "authentication and rate limiting" in m.message]


@pytest.mark.parametrize("show_document", [True, False])
async def test_created_route_is_shown_and_the_warning_said_once(start, tmp_path: Path, show_document: bool) -> None:
    root = tmp_path / "web"
    chat = next_app(root)
    client = await start(root=root, settings={"debounceMs": 0}, resource_operations=True,
                         show_document=show_document)
    action = await proxy_action(client, chat)
    assert action.command is not None and action.command.command == "mistral-keyguard.showCreatedRoute"
    assert not (root / ROUTE).exists()
    apply_to_disk(action.edit)
    assert (root / ROUTE).is_file() and 'fetch("/api/mistral/chat"' in chat.read_text()
    result = await run(client, action.command)
    assert result["shown"] == [(root / ROUTE).as_uri()]
    await client.wait_until(lambda: route_warnings(client))
    if show_document:
        await client.wait_until(lambda: client.shown_documents)
        assert [(d.uri, d.take_focus) for d in client.shown_documents] == [((root / ROUTE).as_uri(), True)]
    assert route_warnings(client) == [route_warnings(client)[0]] and ROUTE in route_warnings(client)[0]
    await run(client, action.command)  # a second proxy fix in the same session: no second warning
    if show_document:
        await client.wait_until(lambda: len(client.shown_documents) == 2)
    else:
        assert client.shown_documents == []
    assert len(route_warnings(client)) == 1


async def test_show_command_shows_only_existing_files_inside_the_workspace(start, tmp_path: Path) -> None:
    root = tmp_path / "web"
    next_app(root)
    outside = tmp_path / "elsewhere.js"
    outside.write_text("// not in the workspace\n")
    client = await start(root=root, settings={"debounceMs": 0}, show_document=True)
    forged = types.Command(title="x", command="mistral-keyguard.showCreatedRoute", arguments=[
        {"created": [outside.as_uri(), (root / "missing.js").as_uri(), "https://example.com/", 7]}])
    assert (await run(client, forged))["shown"] == []
    assert client.shown_documents == [] and route_warnings(client) == []
