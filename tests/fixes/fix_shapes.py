"""Hypothesis strategies for the fix property tests: whole files mixing each rule's positive
shapes with non-ASCII text (emoji, CJK, combining marks, right-to-left) before, on and after the
finding's line, CRLF or LF, tabs or spaces, with or without a final newline, several findings on
one line, and findings nested in classes, closures and JSX.

A shape is a list of lines; `{I}` is one indent unit, `{K}`/`{K2}` a generated key, `{U}` a
generated non-ASCII text, `{N}` a number unique in the file.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from hypothesis import strategies as st

from keyguard_testing import make_key

# Characters that stay on one line and need no escaping in a string or a comment.
_WORDS = ["⚠️", "🔑", "👩‍💻", "🎉", "中文", "テスト", "한국어", "é", "e\u0301", "n\u0303", "a\u0308\u0304",
          "שלום", "مرحبا", "\u200f", "Ünïcödé", "ß", "𝔘", "Ω", "—", "…", "«»", " ", "\t"]
UNICODE_TEXT = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map("".join)


@dataclass(frozen=True)
class Shape:
    name: str
    lines: tuple[str, ...]
    needs_os: bool = False


def _shape(name: str, text: str, needs_os: bool = False) -> Shape:
    return Shape(name, tuple(text.split("\n")), needs_os)


PYTHON_SHAPES = (
    _shape("MK001 client", 'client{N} = Mistral(api_key="{K}")  # {U}'),
    _shape("MK001 constant", 'MISTRAL_API_KEY = "{K}"\nclient{N} = Mistral(api_key=MISTRAL_API_KEY)'),
    _shape("MK001 env default", 'key{N} = os.getenv("MISTRAL_API_KEY", "{K}")\nclient{N} = Mistral(api_key=key{N})',
           needs_os=True),
    _shape("MK001 bearer", 'headers{N} = {"Authorization": "Bearer {K}", "X-Note": "{U}"}\n'
                           'reply{N} = requests.post(URL, headers=headers{N}, json={}, timeout=5)'),
    _shape("MK001 two on a line", 'a{N} = Mistral(api_key="{K}"); b{N} = Mistral(api_key="{K2}")  # {U}'),
    _shape("MK005 f-string", 'print(f"{U} key: {os.environ[\'MISTRAL_API_KEY\']}")', needs_os=True),
    _shape("MK005 environment", 'print("{U}", os.environ)', needs_os=True),
    _shape("MK005 logging", 'logging.info("key=%s %s", os.environ["MISTRAL_API_KEY"], "{U}")', needs_os=True),
    _shape("MK004 headers", 'resp{N} = requests.post(URL, headers={"Authorization": "Bearer x"}, json={}, timeout=5)\n'
                            'print("{U}", resp{N}.request.headers)'),
    _shape("MK006 route", '@app.get("/p{N}")\ndef handler{N}():\n{I}try:\n'
                          '{I}{I}return {"answer": client.chat.complete(model="m", messages=[])}\n'
                          '{I}except Exception as e:\n{I}{I}return {"error": f"{U} {e}"}'),
    _shape("MK006 stream", '@app.get("/s{N}")\ndef stream{N}():\n{I}def events():\n{I}{I}try:\n'
                           '{I}{I}{I}yield client.chat.complete(model="m", messages=[])\n'
                           '{I}{I}except Exception as exc:\n'
                           '{I}{I}{I}yield f"data: {json.dumps({\'error\': str(exc)})}\\n\\n"\n'
                           '{I}return StreamingResponse(events())'),
)

ECMA_SHAPES = (
    _shape("MK001 client", 'const client{N} = new Mistral({ apiKey: "{K}" }); // {U}'),
    _shape("MK001 env default", 'const key{N} = process.env.MISTRAL_API_KEY || "{K}";'),
    _shape("MK001 two on a line", 'const a{N} = new Mistral({ apiKey: "{K}" }), b{N} = new Mistral({ apiKey: "{K2}" });'),
    _shape("MK005 environment", 'console.log(process.env);'),
    _shape("MK005 template", 'console.log(`{U} key ${process.env.MISTRAL_API_KEY}`);'),
    _shape("MK006 route", 'app.post("/p{N}", async (req, res) => {\n{I}try {\n'
                          '{I}{I}res.json(await client.chat.complete({ model: "m", messages: [] }));\n'
                          '{I}} catch (err) {\n{I}{I}res.status(500).json({ error: err.message, note: "{U}" });\n'
                          '{I}}\n});'),
    _shape("MK004 headers", 'app.post("/h{N}", (req, res) => { console.log("{U}", req.headers); res.end(); });'),
)


@dataclass(frozen=True)
class Example:
    """One generated source file and the project around it."""

    name: str
    text: str
    newline: str
    final_newline: bool
    mode: int
    manifest: dict[str, str]
    shapes: tuple[str, ...]

    def data(self) -> bytes:
        body = self.text if self.final_newline else self.text.rstrip("\n")
        return body.replace("\n", self.newline).encode("utf-8")


def _fill(shape: Shape, indent: str, number: int, draw) -> list[str]:
    rng = random.Random(draw(st.integers(0, 2 ** 32)))
    values = {"{K}": make_key(rng), "{K2}": make_key(rng), "{N}": str(number)}
    out = []
    for line in shape.lines:
        for placeholder, value in values.items():
            line = line.replace(placeholder, value)
        while "{U}" in line:
            line = line.replace("{U}", draw(UNICODE_TEXT), 1)
        out.append(line.replace("{I}", indent))
    return out


def _python_nest(kind: str, lines: list[str], indent: str, number: int) -> list[str]:
    if kind == "class":
        return [f"class Holder{number}:"] + [indent + line for line in lines]
    if kind == "closure":
        return [f"def outer{number}():"] + [indent + line for line in lines] + [f"{indent}return None"]
    return lines


def _ecma_nest(kind: str, lines: list[str], indent: str, number: int, jsx: bool) -> list[str]:
    if kind == "class":
        return [f"class Holder{number} {{", f"{indent}static init() {{"] + \
            [indent * 2 + line for line in lines] + [f"{indent}}}", "}"]
    if kind == "closure":
        return [f"function outer{number}() {{"] + [indent + line for line in lines] + ["}"]
    if kind == "jsx" and jsx:
        return [f"export function Panel{number}() {{", f"{indent}const onClick = () => {{"] + \
            [indent * 2 + line for line in lines] + [f"{indent}}};",
                                                     f'{indent}return <button title="é {number}" onClick={{onClick}}>🔑 {number}</button>;',
                                                     "}"]
    return lines


@st.composite
def python_files(draw) -> Example:
    indent = draw(st.sampled_from(["    ", "\t", "  "]))
    imports_os = draw(st.booleans())
    shapes = [s for s in PYTHON_SHAPES if imports_os or not s.needs_os]
    chosen = draw(st.lists(st.sampled_from(shapes), min_size=1, max_size=4))
    header = []
    if draw(st.booleans()):
        header.append(f'"""{draw(UNICODE_TEXT)} module."""')
    header += ["import json", "import logging"] + (["import os"] if imports_os else []) + [
        "", "import requests", "from fastapi import FastAPI", "from fastapi.responses import StreamingResponse",
        "from mistralai import Mistral", "", f"# {draw(UNICODE_TEXT)}", "app = FastAPI()",
        'client = Mistral(api_key="")', 'URL = "https://api.mistral.ai/v1/chat/completions"', ""]
    body = []
    for number, shape in enumerate(chosen):
        lines = _fill(shape, indent, number, draw)
        nest = draw(st.sampled_from(["top", "class", "closure"]))
        body += [f"# {draw(UNICODE_TEXT)}"] + _python_nest(nest, lines, indent, number) + \
            [f'note{number} = "{draw(UNICODE_TEXT)}"', ""]
    requirements = "mistralai\nfastapi\nrequests\n" + ("python-dotenv\n" if draw(st.booleans()) else "")
    return Example("app.py", "\n".join(header + body) + "\n", draw(st.sampled_from(["\n", "\r\n"])),
                   draw(st.booleans()), draw(st.sampled_from([0o644, 0o755, 0o600])),
                   {"requirements.txt": requirements}, tuple(s.name for s in chosen))


@st.composite
def ecma_files(draw) -> Example:
    name = draw(st.sampled_from(["server.js", "server.mjs", "server.ts", "panel.tsx"]))
    module = name != "server.js" or draw(st.booleans())
    jsx = name.endswith(".tsx")
    indent = draw(st.sampled_from(["  ", "\t", "    "]))
    chosen = draw(st.lists(st.sampled_from(ECMA_SHAPES), min_size=1, max_size=4))
    if module:
        header = ['import express from "express";', 'import { Mistral } from "@mistralai/mistralai";']
    else:
        header = ['const express = require("express");', 'const { Mistral } = require("@mistralai/mistralai");']
    header += [f"// {draw(UNICODE_TEXT)}", "const app = express();",
               "const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });", ""]
    body = []
    for number, shape in enumerate(chosen):
        lines = _fill(shape, indent, number, draw)
        nest = draw(st.sampled_from(["top", "class", "closure", "jsx"]))
        body += [f"/* {draw(UNICODE_TEXT)} */"] + _ecma_nest(nest, lines, indent, number, jsx) + \
            [f'const note{number} = "{draw(UNICODE_TEXT)}";', ""]
    deps = {"express": "4", "@mistralai/mistralai": "1"}
    if draw(st.booleans()):
        deps["dotenv"] = "16"
    package = {"name": "svc", "dependencies": deps}
    if module and name == "server.js":
        package["type"] = "module"
    return Example(name, "\n".join(header + body) + "\n", draw(st.sampled_from(["\n", "\r\n"])),
                   draw(st.booleans()), draw(st.sampled_from([0o644, 0o755])),
                   {"package.json": json.dumps(package, indent=2) + "\n"}, tuple(s.name for s in chosen))
