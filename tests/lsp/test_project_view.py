"""The server's project view: an open file's diagnostics follow the modules it imports."""

from __future__ import annotations

import shutil
from pathlib import Path

from keyguard_testing import FIXTURES

SERVICE_ESCAPES = '''import os

from mistralai import Mistral


def summarize(text: str) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    reply = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": text}])
    return reply.choices[0].message.content
'''

SERVICE_FALLS_BACK = '''import os

from mistralai import Mistral


def summarize(text: str) -> str:
    try:
        client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
        reply = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": text}])
        return reply.choices[0].message.content
    except Exception:
        return "No summary right now."
'''

ROUTE = '''from flask import Flask, jsonify, request

from .service import summarize

app = Flask(__name__)


@app.post("/summary")
def summary():
    try:
        return jsonify(summary=summarize(request.json["text"]))
    except Exception as exc:
        return jsonify(error=str(exc)), 502
'''


def _package(root: Path, package: str, modules: dict[str, str]) -> dict[str, str]:
    """A project at `root` holding one Python package of `modules` (name -> text); their URIs."""
    (root / package).mkdir(parents=True)
    (root / ".gitignore").write_text(".env\n")
    (root / package / "__init__.py").write_text("")
    for name, text in modules.items():
        (root / package / name).write_text(text)
    return {name: (root / package / name).as_uri() for name in modules}


def _project(root: Path) -> tuple[str, str]:
    uris = _package(root, "app", {"service.py": SERVICE_ESCAPES, "routes.py": ROUTE})
    return uris["routes.py"], uris["service.py"]


async def test_editing_an_imported_helper_changes_the_importers_diagnostics(start, tmp_path) -> None:
    root = tmp_path / "proj"
    routes, service = _project(root)
    client = await start(root=root, settings={"debounceMs": 0})
    client.open(routes, ROUTE)
    published = await client.diagnostics_for(routes, 1, predicate=bool)
    [leak] = published.diagnostics
    assert leak.code == "MK006" and leak.range.start.line == 12
    [related] = leak.related_information
    assert related.location.uri == service
    assert related.location.range.start.line == 7  # the first Mistral request inside summarize()

    # The helper, opened and edited in the editor (not saved), now catches the error itself.
    client.open(service, SERVICE_ESCAPES)
    after = len(client.published)
    lines = SERVICE_ESCAPES.splitlines()
    client.change(service, 2, (5, 0), (len(lines), 0), SERVICE_FALLS_BACK.split("\n", 5)[5])
    cleared = await client.diagnostics_for(routes, 1, after=after, predicate=lambda items: not items)
    assert list(cleared.diagnostics) == []


SESSION_KEYED = '''import os

import requests


def make_session() -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"})
    return s
'''

CLI = '''import logging

from .session import make_session

log = logging.getLogger("agents")


def main() -> None:
    session = make_session()
    log.debug("session headers: %s", session.headers)
'''


async def test_a_session_factory_edited_to_drop_the_key_clears_its_importers_header_logging(start, tmp_path) -> None:
    """A `requests.Session` given its Authorization header in another module (MK004 at the
    importer's log line) is clean once the factory, edited in the editor, sends none."""
    root = tmp_path / "agents"
    uris = _package(root, "agents", {"session.py": SESSION_KEYED, "cli.py": CLI})
    cli, session = uris["cli.py"], uris["session.py"]
    client = await start(root=root, settings={"debounceMs": 0})
    client.open(cli, CLI)
    published = await client.diagnostics_for(cli, 1, predicate=bool)
    [logged] = published.diagnostics
    assert logged.code == "MK004" and logged.range.start.line == 9

    client.open(session, SESSION_KEYED)
    after = len(client.published)
    line = SESSION_KEYED.splitlines().index('    s.headers.update({"Authorization": f"Bearer {os.environ[\'MISTRAL_API_KEY\']}"})')
    client.change(session, 2, (line, 0), (line + 1, 0), '    s.headers.update({"Accept": "application/json"})\n')
    cleared = await client.diagnostics_for(cli, 1, after=after, predicate=lambda items: not items)
    assert list(cleared.diagnostics) == []


NUXT_UTIL_ESCAPES = '''import { Mistral } from '@mistralai/mistralai';

export async function askMistral(prompt: string) {
  const client = new Mistral({ apiKey: useRuntimeConfig().mistralApiKey });
  const res = await client.chat.complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: prompt }] });
  return res.choices?.[0]?.message?.content;
}
'''

NUXT_UTIL_FALLS_BACK = '''import { Mistral } from '@mistralai/mistralai';

export async function askMistral(prompt: string) {
  try {
    const client = new Mistral({ apiKey: useRuntimeConfig().mistralApiKey });
    const res = await client.chat.complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: prompt }] });
    return res.choices?.[0]?.message?.content;
  } catch {
    return 'No answer right now.';
  }
}
'''

NUXT_ROUTE = '''export default defineEventHandler(async (event) => {
  const { prompt } = await readBody(event);
  try {
    return { reply: await askMistral(prompt) };
  } catch (err: any) {
    throw createError({ statusCode: 500, statusMessage: err.message });
  }
});
'''


async def test_a_nuxt_route_follows_the_auto_imported_util_it_calls(start, tmp_path) -> None:
    """No import statement: Nuxt auto-imports server/utils, and an edit of the util reaches the route."""
    root = tmp_path / "nuxt"
    (root / "server" / "api").mkdir(parents=True)
    (root / "server" / "utils").mkdir()
    (root / "package.json").write_text('{"dependencies": {"nuxt": "^3.15.0"}}')
    (root / "server" / "utils" / "mistral.ts").write_text(NUXT_UTIL_ESCAPES)
    (root / "server" / "api" / "chat.post.ts").write_text(NUXT_ROUTE)
    route, util = (root / "server" / "api" / "chat.post.ts").as_uri(), (root / "server" / "utils" / "mistral.ts").as_uri()
    client = await start(root=root, settings={"debounceMs": 0})
    client.open(route, NUXT_ROUTE)
    published = await client.diagnostics_for(route, 1, predicate=bool)
    [leak] = published.diagnostics
    assert leak.code == "MK006" and leak.range.start.line == 5
    assert [r.location.uri for r in leak.related_information] == [util]

    client.open(util, NUXT_UTIL_ESCAPES)
    after = len(client.published)
    lines = NUXT_UTIL_ESCAPES.splitlines()
    client.change(util, 2, (0, 0), (len(lines), 0), NUXT_UTIL_FALLS_BACK)
    cleared = await client.diagnostics_for(route, 1, after=after, predicate=lambda items: not items)
    assert list(cleared.diagnostics) == []


def _generated_key(seed: int) -> str:
    import random
    import string

    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_letters) for _ in range(29)) + "".join(rng.choice(string.digits)
                                                                                  for _ in range(3))


TRIAGE_LLM_USES_TOKEN = '''import os

from mistralai import Mistral

from .secrets_cfg import TOKEN

client = Mistral(api_key=TOKEN)
'''

TRIAGE_SERVER = '''import logging

from .secrets_cfg import TOKEN

log = logging.getLogger("triage")


def announce() -> None:
    log.info("worker up, token %s", TOKEN)
'''


async def test_a_constant_another_module_stops_passing_to_mistral_clears_its_logging(start, tmp_path) -> None:
    """`TOKEN` of a settings module, given to the Mistral client in llm.py, is the key where
    server.py logs it (MK005); once llm.py, edited in the editor, gives the client the env
    variable instead, server.py's log line is clean."""
    root = tmp_path / "triage"
    uris = _package(root, "triage", {"secrets_cfg.py": f'TOKEN = "{_generated_key(10)}"\n',
                                     "llm.py": TRIAGE_LLM_USES_TOKEN, "server.py": TRIAGE_SERVER})
    server, llm = uris["server.py"], uris["llm.py"]
    client = await start(root=root, settings={"debounceMs": 0})
    client.open(server, TRIAGE_SERVER)
    published = await client.diagnostics_for(server, 1, predicate=bool)
    [logged] = published.diagnostics
    assert logged.code == "MK005" and logged.range.start.line == 8

    client.open(llm, TRIAGE_LLM_USES_TOKEN)
    after = len(client.published)
    line = TRIAGE_LLM_USES_TOKEN.splitlines().index("client = Mistral(api_key=TOKEN)")
    client.change(llm, 2, (line, 0), (line + 1, 0), 'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\n')
    cleared = await client.diagnostics_for(server, 1, after=after, predicate=lambda items: not items)
    assert list(cleared.diagnostics) == []


SVELTE_HOOKS = '''import type { HandleServerError } from "@sveltejs/kit";

export const handleError: HandleServerError = async ({ error }) => {
  return { message: (error as Error).message };
};
'''

SVELTE_LIB = '''import { env } from "$env/dynamic/private";
import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: env.MISTRAL_API_KEY });

export async function summarize(text: string) {
  const res = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: text }] });
  return String(res.choices?.[0]?.message?.content ?? "");
}
'''

SVELTE_ROUTE_ESCAPES = '''import { json } from "@sveltejs/kit";
import { summarize } from "$lib/server/mistral";

export async function POST({ request }) {
  return json({ summary: await summarize((await request.json()).text) });
}
'''

SVELTE_ROUTE_CATCHES = '''export async function POST({ request }) {
  try {
    return json({ summary: await summarize((await request.json()).text) });
  } catch {
    return json({ summary: "" });
  }
}
'''


async def test_sveltekit_handle_error_follows_the_routes_no_import_joins(start, tmp_path) -> None:
    """Nothing imports `hooks.server.ts`: the server's walk lists the project's routes, and an
    edit of the route that lets a Mistral error escape re-publishes the hook's diagnostics."""
    root = tmp_path / "kit"
    (root / "src" / "lib" / "server").mkdir(parents=True)
    (root / "src" / "routes" / "api").mkdir(parents=True)
    (root / "package.json").write_text('{"devDependencies": {"@sveltejs/kit": "^2.5.0"}}')
    (root / "src" / "hooks.server.ts").write_text(SVELTE_HOOKS)
    (root / "src" / "lib" / "server" / "mistral.ts").write_text(SVELTE_LIB)
    (root / "src" / "routes" / "api" / "+server.ts").write_text(SVELTE_ROUTE_ESCAPES)
    hooks, route = (root / "src" / "hooks.server.ts").as_uri(), (root / "src" / "routes" / "api" / "+server.ts").as_uri()
    client = await start(root=root, settings={"debounceMs": 0})
    client.open(hooks, SVELTE_HOOKS, language_id="typescript")
    published = await client.diagnostics_for(hooks, 1, predicate=bool)
    [leak] = published.diagnostics
    assert leak.code == "MK006" and leak.range.start.line == 3
    assert [r.location.uri for r in leak.related_information] == [route]

    client.open(route, SVELTE_ROUTE_ESCAPES, language_id="typescript")
    after = len(client.published)
    lines = SVELTE_ROUTE_ESCAPES.splitlines()
    client.change(route, 2, (3, 0), (len(lines), 0), SVELTE_ROUTE_CATCHES)
    cleared = await client.diagnostics_for(hooks, 1, after=after, predicate=lambda items: not items)
    assert list(cleared.diagnostics) == []


BULL_WORKER_ESCAPES = '''import { Worker } from "bullmq";
import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

new Worker("reports", async (job) => {
  const r = await client.chat.complete({ model: "mistral-small-latest", messages: job.data.messages });
  return r.choices[0].message.content;
});
'''

BULL_WORKER_FALLS_BACK = '''new Worker("reports", async (job) => {
  try {
    const r = await client.chat.complete({ model: "mistral-small-latest", messages: job.data.messages });
    return r.choices[0].message.content;
  } catch {
    return "";
  }
});
'''

BULL_STATUS = '''import express from "express";
import { Queue } from "bullmq";

const reports = new Queue("reports");
const app = express();

app.get("/reports/:id", async (req, res) => {
  const job = await reports.getJob(req.params.id);
  res.json({ error: job.failedReason });
});
'''


async def test_a_failed_jobs_reason_follows_the_worker_of_its_queue(start, tmp_path) -> None:
    """Nothing imports the worker: the server's walk lists the project's queue workers, the queue's
    name joins them, and an edit of the worker that makes it fall back clears the route."""
    root = tmp_path / "jobs"
    (root / "src").mkdir(parents=True)
    (root / "package.json").write_text('{"type": "module", "dependencies": {"bullmq": "^5.8.0"}}')
    (root / "src" / "worker.js").write_text(BULL_WORKER_ESCAPES)
    (root / "src" / "server.js").write_text(BULL_STATUS)
    worker, server = (root / "src" / "worker.js").as_uri(), (root / "src" / "server.js").as_uri()
    client = await start(root=root, settings={"debounceMs": 0})
    client.open(server, BULL_STATUS, language_id="javascript")
    published = await client.diagnostics_for(server, 1, predicate=bool)
    [leak] = published.diagnostics
    assert leak.code == "MK006" and leak.range.start.line == 8
    assert [r.location.uri for r in leak.related_information] == [worker]

    client.open(worker, BULL_WORKER_ESCAPES, language_id="javascript")
    after = len(client.published)
    lines = BULL_WORKER_ESCAPES.splitlines()
    client.change(worker, 2, (5, 0), (len(lines), 0), BULL_WORKER_FALLS_BACK)
    cleared = await client.diagnostics_for(server, 1, after=after, predicate=lambda items: not items)
    assert list(cleared.diagnostics) == []


async def test_an_error_middleware_opened_after_the_entry_file_finds_what_check_finds(start, tmp_path) -> None:
    """The entry file asks the app's summary one hop deeper than the error middleware does; opened
    first, it must not leave the middleware a poorer answer than `check` gives it (the order of
    questions changes no summary)."""
    root = tmp_path / "entry"
    shutil.copytree(FIXTURES / "MK006" / "express_error_middleware_entry", root)
    entry, middleware = root / "index.js", root / "src" / "middlewares" / "error.middleware.js"
    client = await start(root=root, settings={"debounceMs": 0})
    client.open(entry.as_uri(), entry.read_text(), language_id="javascript")
    assert list((await client.diagnostics_for(entry.as_uri(), 1)).diagnostics) == []
    client.open(middleware.as_uri(), middleware.read_text(), language_id="javascript")
    published = await client.diagnostics_for(middleware.as_uri(), 1)
    assert [(d.code, d.range.start.line) for d in published.diagnostics] == [("MK006", 2)]
    assert [r.location.uri for r in published.diagnostics[0].related_information] == \
        [(root / "src" / "controllers" / "chat.controller.js").as_uri()]  # where next(error) is called


ARQ_WORKER_ESCAPES = '''import os

from mistralai import Mistral

llm = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def summarize(ctx, text):
    reply = await llm.chat.complete_async(model="mistral-small-latest", messages=[{"role": "user", "content": text}])
    return reply.choices[0].message.content


class WorkerSettings:
    functions = [summarize]
'''

ARQ_JOB_FALLS_BACK = '''async def summarize(ctx, text):
    try:
        reply = await llm.chat.complete_async(model="mistral-small-latest", messages=[{"role": "user", "content": text}])
    except Exception:
        return ""
    return reply.choices[0].message.content


class WorkerSettings:
    functions = [summarize]
'''

ARQ_ROUTE = '''from arq import create_pool
from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.post("/summaries")
async def summary(text: str):
    job = await (await create_pool()).enqueue_job("summarize", text)
    try:
        return {"summary": await job.result(timeout=30)}
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))
'''


async def test_an_arq_jobs_result_follows_the_worker_settings_of_its_name(start, tmp_path) -> None:
    """Nothing imports the worker: the server's walk lists the project's arq worker settings, the
    job's name joins them, and an edit of the job that makes it fall back clears the route."""
    root = tmp_path / "arq_jobs"
    root.mkdir()
    (root / "pyproject.toml").write_text('[project]\nname = "summaries"\ndependencies = ["arq", "fastapi"]\n')
    (root / "worker.py").write_text(ARQ_WORKER_ESCAPES)
    (root / "api.py").write_text(ARQ_ROUTE)
    worker, api = (root / "worker.py").as_uri(), (root / "api.py").as_uri()
    client = await start(root=root, settings={"debounceMs": 0})
    client.open(api, ARQ_ROUTE, language_id="python")
    published = await client.diagnostics_for(api, 1, predicate=bool)
    [leak] = published.diagnostics
    assert leak.code == "MK006" and leak.range.start.line == 12
    assert [r.location.uri for r in leak.related_information] == [worker]

    client.open(worker, ARQ_WORKER_ESCAPES, language_id="python")
    after = len(client.published)
    lines = ARQ_WORKER_ESCAPES.splitlines()
    client.change(worker, 2, (7, 0), (len(lines), 0), ARQ_JOB_FALLS_BACK)
    cleared = await client.diagnostics_for(api, 1, after=after, predicate=lambda items: not items)
    assert list(cleared.diagnostics) == []
