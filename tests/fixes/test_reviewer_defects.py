"""Issue 11: one regression test per defect a reviewer found in the fixes, through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixes.reviewer import (
    eslint_available, eslint_count, findings_json, python_parses, ruff_count, run_check, write_tree,
)


# -- 1. the env variable comes from the binding and the sink -----------------------------------


def test_env_read_ignores_an_unrelated_mistral_lookup(tmp_path: Path, key: str, capsys) -> None:
    root = write_tree(tmp_path / "app", {
        "app.py": 'import os\nfrom mistralai import Mistral\n\n'
                  'MODEL = os.getenv("MISTRAL_MODEL", "mistral-small-latest")\n'
                  f'client = Mistral(api_key="{key}")\n',
        "requirements.txt": "mistralai\npython-dotenv\n",
    })
    (fixes,) = [f["fixes"] for f in findings_json(root, capsys) if f["code"] == "MK001"]
    assert fixes[0]["title"] == "Read MISTRAL_API_KEY from the environment"
    run_check(root, "--fix", "--unsafe-fixes", capsys=capsys)
    app = (root / "app.py").read_text()
    assert 'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])' in app
    assert 'os.getenv("MISTRAL_MODEL", "mistral-small-latest")' in app
    assert (root / ".env").read_text() == f"MISTRAL_API_KEY={key}\n"


def test_env_read_uses_the_key_variable_the_code_names(tmp_path: Path, key: str, capsys) -> None:
    root = write_tree(tmp_path / "app", {
        "settings.py": 'import os\n\nMODEL = os.environ.get("MISTRAL_MODEL")\n'
                       f'MISTRAL_TOKEN = "{key}"\n',
        "client.js": 'const model = process.env.MISTRAL_MODEL;\n'
                     'const base = process.env.MISTRAL_BASE_URL;\n'
                     f'const client = new Mistral({{ apiKey: process.env.MISTRAL_KEY || "{key}" }});\n'
                     f'export const other = new Mistral({{ apiKey: "{key}" }});\n',
        "package.json": '{"dependencies": {"@mistralai/mistralai": "1"}}',
    })
    titles = {f["path"]: f["fixes"][0]["title"] for f in findings_json(root, capsys) if f["code"] == "MK001"}
    assert titles == {"settings.py": "Read MISTRAL_TOKEN from the environment",
                      "client.js": "Read MISTRAL_KEY from the environment"}
    run_check(root, "--fix", capsys=capsys)
    assert 'MISTRAL_TOKEN = os.environ["MISTRAL_TOKEN"]' in (root / "settings.py").read_text()
    client = (root / "client.js").read_text()
    assert "apiKey: process.env.MISTRAL_KEY }" in client
    assert "other = new Mistral({ apiKey: process.env.MISTRAL_KEY })" in client
    assert python_parses(root / "settings.py") is None


# -- 2. non-ASCII text never shifts an edit ----------------------------------------------------

STREAMING_APP = '''import json

from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from mistralai import Mistral

app = FastAPI()
client = Mistral(api_key="")


@app.get("/chat")
def chat():
    def events():
        try:
            for event in client.chat.stream(model="mistral-small-latest", messages=[]):
                yield event.data.choices[0].delta.content
        except Exception as e:
            yield f"⚠️ Error — 出错了: {e}"
    return StreamingResponse(events())
'''


def test_generic_error_fix_on_a_line_with_emoji(tmp_path: Path, capsys) -> None:
    root = write_tree(tmp_path / "app", {"app.py": STREAMING_APP})
    run_check(root, "--fix", capsys=capsys)
    fixed = (root / "app.py").read_text()
    assert 'yield "⚠️ Error — 出错了: internal error"\n' in fixed
    assert python_parses(root / "app.py") is None


def test_drop_key_fix_after_combining_marks_and_rtl(tmp_path: Path, key: str, capsys) -> None:
    root = write_tree(tmp_path / "app", {"app.py": (
        'import os\n\nkey = os.environ["MISTRAL_API_KEY"]\n'
        'print(f"é̃ שלום 🔑 {key} ✓")  # la clé\n')})
    run_check(root, "--fix", capsys=capsys)
    assert (root / "app.py").read_text().endswith('print("é̃ שלום 🔑 [redacted] ✓")  # la clé\n')


def test_fix_in_a_vue_script_after_non_ascii_markup(tmp_path: Path, capsys) -> None:
    page = ('<template><p>Ünïcödé 🎉 テスト</p></template>\n<script setup>\n'
            'const apiKey = import.meta.env.VITE_MISTRAL_API_KEY; const é = "ü";\n'
            'console.log(`🔑 ключ ${apiKey} ✓`);\n</script>\n<p>ø</p>\n')
    root = write_tree(tmp_path / "app", {"Comp.vue": page, "package.json": '{"dependencies": {"vue": "3"}}'})
    run_check(root, "--fix", capsys=capsys)
    assert (root / "Comp.vue").read_text() == page.replace("${apiKey}", "[redacted]")


def test_move_to_env_appends_after_a_crlf_env_file(tmp_path: Path, key: str, capsys) -> None:
    root = write_tree(tmp_path / "app", {
        "app.py": f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n',
        ".env": b"DEBUG=1\r\nPORT=8000\r\n", ".gitignore": b"node_modules\r\n",
        "requirements.txt": "python-dotenv\n"})
    run_check(root, "--fix", "--unsafe-fixes", capsys=capsys)
    assert (root / ".env").read_bytes() == f"DEBUG=1\r\nPORT=8000\r\nMISTRAL_API_KEY={key}\r\n".encode()
    assert (root / ".gitignore").read_bytes() == b"node_modules\r\n.env\r\n"


# -- 3. a new string literal takes a quote legal where it lands (Python 3.10) -----------------


def test_generic_error_inside_an_f_string_expression_parses_on_python_310(tmp_path: Path, capsys) -> None:
    app = STREAMING_APP.replace('yield f"⚠️ Error — 出错了: {e}"',
                                'yield f"data: {json.dumps({\'error\': str(e)})}\\n\\n"')
    root = write_tree(tmp_path / "app", {"app.py": app})
    run_check(root, "--fix", capsys=capsys)
    fixed = (root / "app.py").read_text()
    assert "yield f\"data: {json.dumps({'error': 'Internal error'})}\\n\\n\"" in fixed
    assert python_parses(root / "app.py") is None


def test_redacted_log_value_inside_nested_f_strings(tmp_path: Path, capsys) -> None:
    root = write_tree(tmp_path / "app", {"app.py": (
        'import json\nimport logging\nimport os\n\nlogger = logging.getLogger(__name__)\n'
        'api_key = os.environ["MISTRAL_API_KEY"]\n'
        'logger.info(f"cfg: {json.dumps({\'key\': api_key})}")\n'
        'logger.info(f"""cfg: {f\'{json.dumps({"k": api_key})}\'}""")\n')})
    run_check(root, "--fix", capsys=capsys)
    lines = (root / "app.py").read_text().splitlines()
    assert lines[-2] == "logger.info(f\"cfg: {json.dumps({'key': '[redacted]'})}\")"
    assert "api_key" not in lines[-1]
    assert python_parses(root / "app.py") is None


def test_env_read_inside_an_f_string_picks_a_free_quote(tmp_path: Path, key: str, capsys) -> None:
    root = write_tree(tmp_path / "app", {"app.py": (
        'import os\n\nfrom mistralai import Mistral\n\n'
        f'print(f"client: {{Mistral(api_key=\'{key}\')}}")\n')})
    run_check(root, "--fix", capsys=capsys)
    lines = (root / "app.py").read_text().splitlines()
    assert lines[-1] == "print(f\"client: {Mistral(api_key=os.environ['MISTRAL_API_KEY'])}\")"
    assert python_parses(root / "app.py") is None


@pytest.mark.parametrize("source, quote", [
    ('x = f"{y}"', "'"), ("x = f'{y}'", '"'), ('x = f"""{y}"""', '"'), ("x = f'''{f\"{y}\"}'''", "'"),
    ("x = f'{f\"{y}\"}'", None), ("x = y", '"'),
])
def test_python_quote_avoids_every_enclosing_f_string_quote(source: str, quote: str | None) -> None:
    from mistral_keyguard.fixes.source import python_quote
    from mistral_keyguard.languages import parser

    data = source.encode()
    root = parser("python").parse(data).root_node
    y = root.named_descendant_for_byte_range(data.rindex(b"y"), data.rindex(b"y") + 1)
    assert python_quote(y.parent) == quote


# -- 8. no leftovers a reviewer would flag ------------------------------------------------------


def test_a_statement_that_only_dumps_the_environment_is_removed(tmp_path: Path, capsys) -> None:
    root = write_tree(tmp_path / "app", {
        "debug.py": 'import os\nimport sys\n\nprint("env:", os.environ)\n\n\ndef show():\n'
                    '    print(dict(os.environ), file=sys.stderr)\n\n\nprint(os.environ["HOME"], os.environ)\n',
        "debug.js": 'console.log(process.env);\nif (process.argv[2]) console.log("env", JSON.stringify(process.env));\n'
                    'const k = process.env.HOME;\n',
        "package.json": '{"dependencies": {"@mistralai/mistralai": "1"}}',
        "requirements.txt": "mistralai\n",
    })
    run_check(root, "--fix", capsys=capsys)
    assert (root / "debug.py").read_text() == ('import os\n\n\ndef show():\n    pass\n\n\n'
                                               'print(os.environ["HOME"], "[redacted]")\n')
    assert (root / "debug.js").read_text() == 'if (process.argv[2]) {}\nconst k = process.env.HOME;\n'


def test_generic_error_leaves_no_unused_exception_name(tmp_path: Path, capsys) -> None:
    streamlit = ('import logging\n\nimport streamlit as st\nfrom mistralai import Mistral\n\n'
                 'client = Mistral(api_key="")\nlogger = logging.getLogger(__name__)\n\n'
                 'if st.button("Run"):\n    try:\n'
                 '        st.markdown(client.chat.complete(model="mistral-small-latest", messages=[]))\n'
                 '    except Exception as e:\n        logger.warning("call failed")\n'
                 '        st.error(f"The model call failed: {e}")\n')
    express = ('const express = require("express");\nconst app = express();\n'
               'app.post("/chat", async (req, res) => {\n  try {\n'
               '    const r = await fetch("https://api.mistral.ai/v1/chat/completions");\n'
               '    res.json(await r.json());\n  } catch (err) {\n    console.warn("failed");\n'
               '    res.status(500).json({ error: err.message });\n  }\n});\n')
    root = write_tree(tmp_path / "app", {"app.py": streamlit, "server.js": express,
                                         "package.json": '{"dependencies": {"express": "4"}}'})
    before = ruff_count(root / "app.py")
    eslint_before = eslint_count(root / "server.js") if eslint_available() else 0
    run_check(root, "--fix", capsys=capsys)
    app = (root / "app.py").read_text()
    assert "    except Exception:\n" in app and 'st.error("The model call failed: internal error")' in app
    assert ruff_count(root / "app.py") <= before
    server = (root / "server.js").read_text()
    assert "  } catch {\n" in server and 'res.status(500).json({ error: "Internal error" });' in server
    if eslint_available():  # the recommended set: no-unused-vars would flag `catch (err)`
        assert eslint_count(root / "server.js") <= eslint_before


# -- 4. a committed .env: say so, and offer to stop tracking it ----------------------------------


def _git(root: Path, *args: str) -> str:
    import subprocess

    return subprocess.run(["git", "-c", "core.hooksPath=/dev/null", "-c", "user.email=t@example.com",
                           "-c", "user.name=t", "-C", str(root), *args],
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git is not installed")
def test_a_committed_env_file_is_untracked_only_with_unsafe_fixes(tmp_path: Path, key: str, capsys) -> None:
    root = write_tree(tmp_path / "app", {".env": f"MISTRAL_API_KEY={key}\n", "app.py": "import os\n"})
    _git(root, "init", "-q")
    _git(root, "add", ".env", "app.py")
    _git(root, "commit", "-qm", "init")
    (finding,) = findings_json(root, capsys)
    assert "committed" in finding["message"] and "git rm --cached .env" in finding["message"]
    assert "does not ignore" not in finding["message"] and "rotate" in finding["message"]
    assert [f["id"] for f in finding["fixes"]] == ["untrack"]  # .gitignore alone would not end the leak
    head = _git(root, "rev-parse", "HEAD")
    code, _, err = run_check(root, "--fix", capsys=capsys)  # safe: .gitignore only; still committed
    assert code == 1 and _git(root, "ls-files") == ".env\napp.py\n"
    _, out, err = run_check(root, "--diff", "--unsafe-fixes", capsys=capsys)
    assert "git rm --cached -- .env" in out + err and _git(root, "ls-files") == ".env\napp.py\n"
    code, _, err = run_check(root, "--fix", "--unsafe-fixes", capsys=capsys)
    assert code == 0, err
    assert _git(root, "ls-files") == "app.py\n"  # untracked in the index, kept on disk
    assert (root / ".env").read_text() == f"MISTRAL_API_KEY={key}\n"
    assert (root / ".gitignore").read_text() == ".env\n"
    assert _git(root, "rev-parse", "HEAD") == head  # history is never rewritten
    assert key not in out + err


# -- 5. "move to .env and load it" loads it ----------------------------------------------------


def test_move_to_env_loads_it_with_python_dotenv_added_to_requirements(tmp_path: Path, key: str, capsys) -> None:
    root = write_tree(tmp_path / "app", {
        "app.py": f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n',
        "requirements.txt": "mistralai\nfastapi\n"})
    (finding,) = findings_json(root, capsys)
    move = next(f for f in finding["fixes"] if f["id"] == "env-move")
    assert move["title"] == "Move the key to .env and load it (python-dotenv added to requirements.txt)"
    run_check(root, "--fix", "--unsafe-fixes", capsys=capsys)
    assert (root / "requirements.txt").read_text() == "mistralai\nfastapi\npython-dotenv\n"
    assert (root / "app.py").read_text() == ('import os\nfrom mistralai import Mistral\nfrom dotenv import load_dotenv\n\n'
                                             'load_dotenv()\n\nclient = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\n')


def test_move_to_env_adds_python_dotenv_to_pyproject(tmp_path: Path, key: str, capsys) -> None:
    root = write_tree(tmp_path / "app", {
        "app.py": f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n',
        "pyproject.toml": '[project]\nname = "bot"\ndependencies = [\n    "mistralai>=1",\n]\n\n[tool.ruff]\n'})
    run_check(root, "--fix", "--unsafe-fixes", capsys=capsys)
    assert (root / "pyproject.toml").read_text() == ('[project]\nname = "bot"\ndependencies = [\n'
                                                     '    "python-dotenv",\n    "mistralai>=1",\n]\n\n[tool.ruff]\n')
    assert "load_dotenv()" in (root / "app.py").read_text()


def test_move_to_env_in_node_adds_dotenv_and_next_loads_env_itself(tmp_path: Path, key: str, capsys) -> None:
    server = f'const {{ Mistral }} = require("@mistralai/mistralai");\n\nconst client = new Mistral({{ apiKey: "{key}" }});\n'
    root = write_tree(tmp_path / "api", {
        "server.js": server,
        "package.json": '{\n  "name": "api",\n  "dependencies": {\n    "@mistralai/mistralai": "^1.0.0"\n  }\n}\n'})
    run_check(root, "--fix", "--unsafe-fixes", capsys=capsys)
    assert (root / "server.js").read_text().startswith('require("dotenv").config();\nconst { Mistral }')
    assert '"dotenv": "^16.4.5",\n    "@mistralai/mistralai"' in (root / "package.json").read_text()
    web = write_tree(tmp_path / "web", {
        "app/api/chat/route.js": f'import {{ Mistral }} from "@mistralai/mistralai";\n'
                                 f'const client = new Mistral({{ apiKey: "{key}" }});\nexport const client2 = client;\n',
        "package.json": '{"dependencies": {"next": "14", "@mistralai/mistralai": "1"}}'})
    (finding,) = findings_json(web, capsys)
    assert next(f for f in finding["fixes"] if f["id"] == "env-move")["title"] == \
        "Move the key to .env and load it (Next.js loads .env itself)"
    run_check(web, "--fix", "--unsafe-fixes", capsys=capsys)
    assert "dotenv" not in (web / "app/api/chat/route.js").read_text() + (web / "package.json").read_text()


# -- 6. the proxy fix leaves an app that still has its key ----------------------------------------


def test_proxy_fix_renames_the_public_variable_in_env_files(tmp_path: Path, key: str, capsys) -> None:
    client = ('"use client";\nexport async function ask(messages) {\n'
              '  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {\n'
              '    method: "POST",\n'
              '    headers: { Authorization: `Bearer ${process.env.NEXT_PUBLIC_MISTRAL_API_KEY}` },\n'
              '    body: JSON.stringify({ model: "mistral-small-latest", messages }),\n  });\n'
              '  return res.json();\n}\n')
    root = write_tree(tmp_path / "web", {
        "app/chat.js": client, "app/page.js": "export default function Page() { return null; }\n",
        "package.json": '{"dependencies": {"next": "14", "react": "18"}}',
        ".env.local": f"NEXT_PUBLIC_MISTRAL_API_KEY={key}\nNEXT_PUBLIC_SITE=x\n",
        ".env.example": "NEXT_PUBLIC_MISTRAL_API_KEY=\n", ".gitignore": ".env*.local\n"})
    from fixes.roundtrip import read_or_none, scan, write_changes
    from mistral_keyguard.fixes.apply import apply_fixes

    chat = root / "app/chat.js"
    proxy = next(fix for f in scan(chat, with_fixes=True) for fix in f.fixes if fix.id == "proxy")
    write_changes(chat, apply_fixes(chat.read_bytes(), [proxy], read_or_none))  # that one fix, as an editor would
    assert (root / ".env.local").read_text() == f"MISTRAL_API_KEY={key}\nNEXT_PUBLIC_SITE=x\n"
    assert (root / ".env.example").read_text() == "MISTRAL_API_KEY=\n"
    assert 'fetch("/api/mistral/chat"' in (root / "app/chat.js").read_text()
    assert "process.env.MISTRAL_API_KEY" in (root / "app/api/mistral/chat/route.js").read_text()


def test_generic_error_drops_the_import_and_local_it_leaves_unused(tmp_path: Path, capsys) -> None:
    app = ('import traceback\n\nfrom fastapi import FastAPI\nfrom fastapi.responses import JSONResponse\n'
           'from mistralai import Mistral\n\napp = FastAPI()\nclient = Mistral(api_key="")\n\n\n'
           '@app.post("/a")\ndef a():\n    try:\n        return client.chat.complete(model="m", messages=[])\n'
           '    except Exception:\n        return {"trace": traceback.format_exc()}\n\n\n'
           '@app.post("/b")\ndef b():\n    try:\n        return client.chat.complete(model="m", messages=[])\n'
           '    except Exception as err:\n        message = repr(err)\n'
           '        return JSONResponse(status_code=500, content={"error": message})\n')
    root = write_tree(tmp_path / "app", {"app.py": app})
    before = ruff_count(root / "app.py")
    run_check(root, "--fix", capsys=capsys)
    fixed = (root / "app.py").read_text()
    assert "import traceback" not in fixed and "message = " not in fixed and "except Exception as" not in fixed
    assert ruff_count(root / "app.py") <= before
    assert python_parses(root / "app.py") is None


def test_javascript_fixes_leave_no_unused_names(tmp_path: Path, capsys) -> None:
    server = ('const express = require("express");\nconst app = express();\n\n'
              'app.post("/chat", (req, res) => {\n'
              '  fetch("https://api.mistral.ai/v1/chat/completions")\n'
              '    .then((r) => r.json())\n    .then((data) => res.json(data))\n'
              '    .catch((e) => res.status(502).json({ error: `${e}` }));\n});\n\n'
              'app.post("/echo", (req, res) => {\n  const key = req.get("x-mistral-key");\n'
              '  res.send(`your key: ${key}`);\n});\n')
    root = write_tree(tmp_path / "app", {"server.js": server, "package.json": '{"dependencies": {"express": "4"}}'})
    eslint_before = eslint_count(root / "server.js") if eslint_available() else 0
    run_check(root, "--fix", capsys=capsys)
    fixed = (root / "server.js").read_text()
    assert ".catch(() => res.status(502).json({ error: `internal error` }));" in fixed
    assert "const key" not in fixed and "res.send(`your key: [redacted]`);" in fixed
    if eslint_available():
        assert eslint_count(root / "server.js") <= eslint_before


def test_two_fixes_on_one_file_never_drop_an_import_the_other_needs(tmp_path: Path, key: str, capsys) -> None:
    # found by the property tests: the log fix removed `import os` while the env read added os.environ
    root = write_tree(tmp_path / "app", {"app.py": (
        f'import os\n\nfrom mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n'
        'print(f"key: {os.environ[\'MISTRAL_API_KEY\']}")\n')})
    run_check(root, "--fix", capsys=capsys)
    assert (root / "app.py").read_text() == ('import os\n\nfrom mistralai import Mistral\n\n'
                                             'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\n'
                                             'print("key: [redacted]")\n')


def test_fix_removes_what_several_fixes_together_left_unused(tmp_path: Path, capsys) -> None:
    root = write_tree(tmp_path / "app", {
        "app.py": 'import os\nfrom pprint import pprint\n\nfrom mistralai import Mistral\n\n\ndef show():\n'
                  '    key = os.environ["MISTRAL_API_KEY"]\n    print(key)\n    print("again", key)\n'
                  '    pprint(os.environ)\n',
        "log.js": 'const apiKey = process.env.MISTRAL_API_KEY;\nconsole.log(apiKey);\nconsole.info("key", apiKey);\n',
        "package.json": '{"dependencies": {"@mistralai/mistralai": "1"}}'})
    before = ruff_count(root / "app.py")
    run_check(root, "--fix", capsys=capsys)
    app = (root / "app.py").read_text()
    assert "key = " not in app and "pprint" not in app and ruff_count(root / "app.py") <= before
    assert "const apiKey" not in (root / "log.js").read_text()


def test_a_shorthand_property_counts_as_a_read(tmp_path: Path, capsys) -> None:
    server = ('const express = require("express");\nconst app = express();\n'
              'app.post("/a", async (req, res) => {\n  try {\n'
              '    res.json(await fetch("https://api.mistral.ai/v1/chat/completions"));\n'
              '  } catch (err) {\n    const detail = err.message;\n    console.error("failed", { detail });\n'
              '    res.status(502).json({ detail });\n  }\n});\n')
    route = server[server.index("app.post"):]
    alone = route.replace('/a"', '/b"').replace('    console.error("failed", { detail });\n', "")
    root = write_tree(tmp_path / "app", {"server.js": server + alone, "package.json": '{"dependencies": {"express": "4"}}'})
    run_check(root, "--fix", capsys=capsys)
    fixed = (root / "server.js").read_text()
    assert fixed.count("const detail") == 1  # kept where `{ detail }` still reads it, gone where nothing does
    assert 'const detail = err.message;\n    console.error("failed", { detail });' in fixed
    assert fixed.count('res.status(502).json({ detail: "Internal error" });') == 2


def test_proxy_fix_reuses_an_express_route_that_already_calls_mistral(tmp_path: Path, capsys) -> None:
    server = ('const express = require("express");\nconst { Mistral } = require("@mistralai/mistralai");\n\n'
              'const app = express();\nconst mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });\n'
              'app.post("/api/chat", async (req, res) => {\n'
              '  res.json(await mistral.chat.complete(req.body));\n});\napp.listen(3000);\n')
    client = ('export const ask = (messages) => fetch("https://api.mistral.ai/v1/chat/completions", {\n'
              '  method: "POST",\n  headers: { Authorization: `Bearer ${import.meta.env.VITE_MISTRAL_API_KEY}` },\n'
              '  body: JSON.stringify({ model: "mistral-small-latest", messages }),\n});\n')
    root = write_tree(tmp_path / "shop", {
        "server.js": server, "src/api.js": client,
        "package.json": '{"dependencies": {"express": "4", "react": "18", "vite": "5", "@mistralai/mistralai": "1"}}'})
    run_check(root, "--fix", "--unsafe-fixes", capsys=capsys)
    assert 'fetch("/api/chat", {' in (root / "src/api.js").read_text()
    assert (root / "server.js").read_text() == server  # nothing mounted next to the existing route
    assert not (root / "server").exists()


def test_fix_removes_a_local_left_unread_when_other_functions_use_the_same_name(tmp_path: Path, capsys) -> None:
    root = write_tree(tmp_path / "app", {"cli.py": (
        'import os\n\nimport click\n\n\ndef a():\n    key = os.environ["MISTRAL_API_KEY"]\n'
        '    click.echo(f"key: {key}")\n    click.echo(key, err=True)\n\n\n'
        'def b():\n    key = os.environ["MISTRAL_API_KEY"]\n    return len(key)\n')})
    before = ruff_count(root / "cli.py")
    run_check(root, "--fix", capsys=capsys)
    fixed = (root / "cli.py").read_text()
    assert fixed.count('key = os.environ["MISTRAL_API_KEY"]') == 1 and "return len(key)" in fixed
    assert ruff_count(root / "cli.py") <= before
