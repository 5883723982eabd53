"""Issue 11, apps that still run: `check --fix --unsafe-fixes` on small runnable apps (FastAPI,
Flask, Streamlit, Next.js, SvelteKit; Express is in test_proxy_node.py), which must then start
and answer against a stand-in Mistral API with the key given only through the environment:
- FastAPI with its TestClient, Flask with its test client, Streamlit with `AppTest`, each in a
  fresh interpreter;
- Next.js and SvelteKit without their build: the generated route module answers at its URL the
  way the framework calls it, and the app's fixed client module calls it as a page would
  (`node/app-route-driver.mjs`); in JavaScript, and in TypeScript with the types stripped by
  esbuild (from the VS Code extension's dev dependencies) since Node 20 runs no TypeScript.
Each app's lint count (ruff's default rules, ESLint's recommended set) must not grow. The
module prints the apps-still-run table at the end. An app skips when its framework is missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from fixes.reviewer import ESLINT_HOME, RUFF, eslint_available, eslint_count, ruff_count, run_check, write_tree
from keyguard_testing import make_key

RUFF_DEFAULT = "E4,E7,E9,F"  # ruff's default rule set
DRIVER_JS = Path(__file__).resolve().parent / "node" / "app-route-driver.mjs"
ROWS: list[dict] = []

FASTAPI_APP = '''import httpx
from fastapi import FastAPI

MISTRAL_API_KEY = "{key}"
BASE_URL = "{base}"
app = FastAPI()


@app.post("/chat")
def chat(body: dict):
    try:
        reply = httpx.post(BASE_URL + "/v1/chat/completions", json=body, timeout=5,
                           headers={{"Authorization": f"Bearer {{MISTRAL_API_KEY}}"}})
        reply.raise_for_status()
        return {{"answer": reply.json()["choices"][0]["message"]["content"]}}
    except Exception as e:
        return {{"error": f"⚠️ Mistral failed: {{e}}"}}
'''

FASTAPI_DRIVER = '''import json, sys
sys.path.insert(0, sys.argv[1])
from fastapi.testclient import TestClient
import app
client = TestClient(app.app)
out = [client.post("/chat", json={"messages": [{"role": "user", "content": text}]}).json() for text in sys.argv[2:]]
print(json.dumps(out))
'''

FLASK_APP = '''import httpx
from flask import Flask, jsonify, request

MISTRAL_API_KEY = "{key}"
BASE_URL = "{base}"
app = Flask(__name__)


@app.post("/chat")
def chat():
    try:
        reply = httpx.post(BASE_URL + "/v1/chat/completions", json=request.get_json(), timeout=5,
                           headers={{"Authorization": f"Bearer {{MISTRAL_API_KEY}}"}})
        reply.raise_for_status()
        return jsonify(answer=reply.json()["choices"][0]["message"]["content"])
    except Exception as e:
        return jsonify(error=f"Mistral failed: {{e}}"), 502
'''

FLASK_DRIVER = '''import json, sys
sys.path.insert(0, sys.argv[1])
import app
client = app.app.test_client()
out = [client.post("/chat", json={"messages": [{"role": "user", "content": text}]}).get_json() for text in sys.argv[2:]]
print(json.dumps(out))
'''

STREAMLIT_APP = '''import httpx
import streamlit as st

MISTRAL_API_KEY = "{key}"
BASE_URL = "{base}"

st.title("Ask Mistral")
prompt = st.text_input("Prompt")
if st.button("Ask"):
    try:
        reply = httpx.post(BASE_URL + "/v1/chat/completions", timeout=5,
                           json={{"messages": [{{"role": "user", "content": prompt}}]}},
                           headers={{"Authorization": f"Bearer {{MISTRAL_API_KEY}}"}})
        reply.raise_for_status()
        st.markdown(reply.json()["choices"][0]["message"]["content"])
    except Exception as e:
        st.error(f"Mistral failed: {{e}}")
'''

STREAMLIT_DRIVER = '''import json, sys
from streamlit.testing.v1 import AppTest
out = []
for text in sys.argv[2:]:
    page = AppTest.from_file(sys.argv[1] + "/app.py", default_timeout=60)
    page.run()
    page.text_input[0].input(text)
    page.button[0].click()
    page.run()
    if page.exception:
        raise SystemExit(str([e.message for e in page.exception]))
    answer = [m.value for m in page.markdown]
    out.append({"answer": answer[0]} if answer else {"error": page.error[0].value})
print(json.dumps(out))
'''

NEXT_CLIENT = '''"use client";

export async function ask(messages) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${process.env.NEXT_PUBLIC_MISTRAL_API_KEY}`,
    },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
'''

SVELTEKIT_CLIENT = '''import { PUBLIC_MISTRAL_API_KEY } from "$env/static/public";

export async function ask(messages) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${PUBLIC_MISTRAL_API_KEY}` },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
'''

TYPED = ("export async function ask(messages) {",
         "export async function ask(messages: { role: string; content: string }[]): Promise<string> {")

SVELTEKIT_PAGE = '''<script>
  import { ask } from "$lib/chat.js";
  let answer = "";
  async function run() {
    answer = await ask([{ role: "user", content: "hello" }]);
  }
</script>

<button on:click={run}>Ask</button>
<p>{answer}</p>
'''


class StandIn(BaseHTTPRequestHandler):
    """The Mistral chat endpoint: answers "hi", or fails with a detail that must not reach users."""

    authorizations: list[str] = []

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.authorizations.append(self.headers.get("Authorization", ""))
        failing = b"please fail" in body
        data = json.dumps({"message": "upstream secret detail"} if failing else
                          {"choices": [{"message": {"role": "assistant", "content": "hi"}}]}).encode()
        self.send_response(500 if failing else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def stand_in():
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module", autouse=True)
def apps_table():
    yield
    if ROWS:
        lines = ["", "apps still run after check --fix --unsafe-fixes:",
                 "| app | fixes applied | starts | answers | lint before → after |", "|---|---|---|---|---|"]
        lines += [f"| {r['app']} | {r['fixes']} | {r['starts']} | {r['answers']} | {r['lint']} |" for r in ROWS]
        sys.__stderr__.write("\n".join(lines) + "\n")


def lint(root: Path) -> int | None:
    """Problems in the app's own code: ruff's default rules on .py, ESLint's recommended set on
    .js (None when ESLint is not installed and the app has JavaScript)."""
    total = 0
    for path in sorted(root.rglob("*")):
        if "node_modules" in path.parts or not path.is_file():
            continue
        if path.suffix == ".py" and RUFF:
            total += ruff_count(path, RUFF_DEFAULT)
        elif path.suffix in (".js", ".mjs"):
            if not eslint_available():
                return None
            total += eslint_count(path, module=True)
    return total


def fixes_applied(err: str) -> str:
    """The per-fix lines of `check --fix`'s summary, e.g. "MK001 Move the key to .env …: 1"."""
    return "; ".join(m.group(1) for m in re.finditer(r"^  (MK\d{3} .+: \d+)$", err, re.M))


def fix_app(root: Path, capsys, *extra: str) -> tuple[int | None, str]:
    lint_before = lint(root)
    code, _, err = run_check(root, "--fix", "--unsafe-fixes", *extra, capsys=capsys)
    assert code == 0, err
    return lint_before, fixes_applied(err)


def key_holders(root: Path, key: str) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and "node_modules" not in p.parts and key.encode() in p.read_bytes())


def record(app: str, fixes: str, answers: list, lint_before: int | None, lint_after: int | None) -> None:
    ROWS.append({"app": app, "fixes": fixes, "starts": "yes", "answers": f"yes ({len(answers)} requests)",
                 "lint": "n/a" if lint_before is None else f"{lint_before} → {lint_after}"})
    if lint_before is not None and lint_after is not None:
        assert lint_after <= lint_before, f"{app}: lint {lint_before} -> {lint_after}"


def run_python_app(root: Path, driver: str, runtime_key: str, *prompts: str) -> list:
    """The app, in a fresh interpreter, with the key only in its environment."""
    env = {k: v for k, v in os.environ.items() if k != "MISTRAL_API_KEY"} | {"MISTRAL_API_KEY": runtime_key}
    done = subprocess.run([sys.executable, "-c", driver, str(root), *prompts], cwd=root, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name, app, driver, modules, error", [
    ("FastAPI", FASTAPI_APP, FASTAPI_DRIVER, ("fastapi", "httpx", "dotenv"),
     {"error": "⚠️ Mistral failed: internal error"}),
    ("Flask", FLASK_APP, FLASK_DRIVER, ("flask", "httpx", "dotenv"), {"error": "Mistral failed: internal error"}),
    ("Streamlit", STREAMLIT_APP, STREAMLIT_DRIVER, ("streamlit", "httpx", "dotenv"),
     {"error": "Mistral failed: internal error"}),
])
def test_python_app_still_answers_after_unsafe_fixes(tmp_path: Path, stand_in: str, capsys, name, app, driver,
                                                     modules, error) -> None:
    for module in modules:
        pytest.importorskip(module)
    committed, runtime = make_key(), make_key()
    root = write_tree(tmp_path / "app", {"app.py": app.format(key=committed, base=stand_in),
                                         "requirements.txt": f"{modules[0]}\nhttpx\n"})
    lint_before, fixes = fix_app(root, capsys)
    assert "python-dotenv" in (root / "requirements.txt").read_text()
    assert key_holders(root, committed) == [".env"]
    (root / ".env").unlink()  # the key comes only from the environment now
    answers = run_python_app(root, driver, runtime, "hello", "please fail")
    assert answers[0] == {"answer": "hi"}
    assert "upstream secret detail" not in json.dumps(answers[1]) and answers[1] == error
    assert StandIn.authorizations[-2:] == [f"Bearer {runtime}"] * 2
    record(name, fixes, answers, lint_before, lint(root))


def esbuild_available() -> bool:
    return shutil.which("node") is not None and (ESLINT_HOME / "esbuild" / "package.json").is_file()


def strip_types(path: Path) -> Path:
    """`x.ts` as `x.mjs` beside it, types removed by esbuild (Node 20 runs no TypeScript), the
    light step the frameworks' own builds do."""
    target = path.with_suffix(".mjs")
    script = ("const esbuild = require(process.argv[1]); const fs = require('fs');"
              "fs.writeFileSync(process.argv[3], esbuild.transformSync(fs.readFileSync(process.argv[2], 'utf8'),"
              " { loader: 'ts', format: 'esm' }).code);")
    subprocess.run(["node", "-e", script, str(ESLINT_HOME / "esbuild"), str(path), str(target)], check=True,
                   capture_output=True, text=True, timeout=60)
    return target


def run_node_app(root: Path, framework: str, route: Path, client: Path, stand_in: str, runtime_key: str) -> list:
    """The generated route at its URL and the fixed client calling it, with the key only in the
    environment (the framework would read .env itself; here there is none)."""
    url = "/" + route.parent.relative_to(root / ("app" if framework == "next" else "src/routes")).as_posix()
    if route.suffix == ".ts":
        route, client = strip_types(route), strip_types(client)
    env = {k: v for k, v in os.environ.items() if not k.endswith("MISTRAL_API_KEY")}
    env |= {"MISTRAL_API_KEY": runtime_key, "MISTRAL_API_BASE_URL": stand_in}
    done = subprocess.run(["node", str(DRIVER_JS), framework, str(route), url, str(client), "hello"], cwd=root,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("framework", ["next", "sveltekit"])
@pytest.mark.parametrize("ext", ["js", "ts"])
def test_node_app_still_answers_after_unsafe_fixes(tmp_path: Path, stand_in: str, capsys, node_project: Path,
                                                   framework: str, ext: str) -> None:
    if ext == "ts" and not esbuild_available():
        pytest.skip("esbuild is not installed (the VS Code extension's dev dependencies, .ci/extra-setup)")
    committed, runtime = make_key(), make_key()
    if framework == "next":
        env_file, client_rel, route_rel = ".env.local", f"app/chat.{ext}", f"app/api/mistral/chat/route.{ext}"
        manifest = {"name": "web", "private": True,
                    "dependencies": {"next": "14.2.5", "react": "18.3.1", "react-dom": "18.3.1"}}
        files = {".env.local": f"NEXT_PUBLIC_MISTRAL_API_KEY={committed}\n", client_rel: NEXT_CLIENT}
    else:
        env_file, client_rel, route_rel = ".env", f"src/lib/chat.{ext}", f"src/routes/api/mistral/chat/+server.{ext}"
        manifest = {"name": "web", "private": True, "type": "module",
                    "devDependencies": {"@sveltejs/kit": "2.5.0", "svelte": "4.2.0", "vite": "5.0.0"}}
        files = {".env": f"PUBLIC_MISTRAL_API_KEY={committed}\n", client_rel: SVELTEKIT_CLIENT,
                 "src/routes/+page.svelte": SVELTEKIT_PAGE.replace("$lib/chat.js", f"$lib/chat.{ext}")}
    if ext == "ts":
        files = {rel: text.replace(*TYPED) for rel, text in files.items()} | {"tsconfig.json": "{}\n"}
    root = write_tree(tmp_path / "web", {"package.json": json.dumps(manifest, indent=2) + "\n", **files})
    lint_before, fixes = fix_app(root, capsys)
    route, client = root / route_rel, root / client_rel
    assert route.is_file() and 'fetch("/api/mistral/chat"' in client.read_text()
    assert key_holders(root, committed) == [env_file]
    assert (root / env_file).read_text() == f"MISTRAL_API_KEY={committed}\n"  # renamed to a server-only variable
    lint_after = lint(root)
    (root / env_file).unlink()  # the key comes only from the environment now
    shutil.copytree(node_project / "node_modules", root / "node_modules", symlinks=True)
    answers = run_node_app(root, framework, route, client, stand_in, runtime)
    assert answers == [{"answer": "hi"}]
    assert StandIn.authorizations[-1] == f"Bearer {runtime}"
    name = ("Next.js" if framework == "next" else "SvelteKit") + (" (TypeScript)" if ext == "ts" else "")
    record(name, fixes, answers, lint_before if ext == "js" else None, lint_after if ext == "js" else None)
