"""Generated inputs of a chosen size for the size ladder (benchmarks/size_ladder.py) and the
complexity test (tests/test_complexity.py).

Each generator takes a target size in bytes and a seeded random source and returns
(file name, bytes). Every input mentions Mistral and holds one generated key, so that every
rule wakes up and every analysis runs; keys are 32 random letters and digits from the seed.
"""

from __future__ import annotations

import json
import random
import string

from mistral_keyguard import keyshape

_ALPHABET = string.ascii_letters + string.digits
_SHORT = "etnroiascludpfhmgyvbxwkqz"


def make_key(rng: random.Random) -> str:
    while True:
        key = "".join(rng.choice(_ALPHABET) for _ in range(32))
        if keyshape.is_key(key):
            return key


def _short(rng: random.Random) -> str:
    """A minifier's name: one letter, sometimes two."""
    name = rng.choice(_SHORT)
    return name + rng.choice(_SHORT) if rng.random() < 0.3 else name


def _js_statement(rng: random.Random) -> str:
    a, b, c, d = (_short(rng) for _ in range(4))
    k = rng.random()
    if k < 0.15:
        return f"var {a}={b}.{c}({d},{_short(rng)})"
    if k < 0.25:
        return f"function {a}({b},{c}){{if(!{b})return {c};for(var {d}=0;{d}<{b}.length;{d}++){c}.push({b}[{d}]);return {c}}}"
    if k < 0.35:
        return f"const {a}={{headers:{b},timeout:{rng.randint(1, 9999)},name:\"{_word(rng)}\",items:[{c},{d}]}}"
    if k < 0.45:
        return f"{a}.exports={b}=>{b}.{c}||{d}"
    if k < 0.52:
        return f"var {a}=`{_word(rng)} ${{{b}.{c}}}`"
    if k < 0.60:
        return f"let {a}={b}?{c}:\"{_word(rng)}\"+{d}"
    if k < 0.66:
        return f"{a}.apiKey={b}.apiKey??{c}.env.{_word(rng).upper()}"
    if k < 0.72:
        return f"{a}.headers={{Authorization:\"Bearer \"+{b}.token,\"Content-Type\":\"application/json\"}}"
    if k < 0.77:
        return f"console.log(\"{_word(rng)}\",{a}.{b})"
    if k < 0.82:
        return f"try{{{a}=await {b}.fetch({c})}}catch({d}){{return {a}.json({{error:{d}.message}})}}"
    if k < 0.90:
        return f"var {a}=function({b}){{return {b}.map(({c})=>{c}.{d})}}"
    return f"{a}.{b}=Object.assign({{}},{c},{{{d}:{rng.randint(0, 99)}}})"


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9)))


def bundle(size: int, rng: random.Random, line_length: int | None = None) -> tuple[str, bytes]:
    """A minified webpack-style bundle on one line, wrapped in `(()=>{…})()`, with a Mistral
    client built from a literal key halfway through. With `line_length`, a module starts a new
    line once the current one is that long (bundlers that keep lines short): the file is then
    not taken for generated code, and every rule reads it."""
    key = make_key(rng)
    head = '(()=>{"use strict";var e={'
    modules: list[str] = []
    total = len(head)
    planted = False
    while total < size:
        body = ";".join(_js_statement(rng) for _ in range(rng.randint(5, 25)))
        if not planted and total > size // 2:
            body += f';const mistral=new n.Mistral({{apiKey:"{key}"}});var s=mistral.chat.complete({{model:"mistral-small-latest"}})'
            planted = True
        module = f"{rng.randint(100, 99999)}:(e,t,n)=>{{{body}}},"
        modules.append(module)
        total += len(module)
    tail = "};var t={};function n(r){var o=t[r];return e[r](o,o.exports,n),o.exports}n(0)})();"
    if line_length:
        lines, current = [], ""
        for module in modules:
            current += module
            if len(current) >= line_length:
                lines.append(current)
                current = ""
        modules = ["\n".join(lines + [current])]
    return "bundle.min.js", (head + "".join(modules) + tail).encode()


def bundle_lines(size: int, rng: random.Random) -> tuple[str, bytes]:
    return bundle(size, rng, line_length=400)


def python_module(size: int, rng: random.Random) -> tuple[str, bytes]:
    """A long Python module (about 5 MB is 100,000 lines): functions, classes, dicts, calls."""
    key = make_key(rng)
    lines = ["import os", "from mistralai import Mistral", ""]
    total = sum(len(line) + 1 for line in lines)
    planted = False
    n = 0
    while total < size:
        n += 1
        name = f"{_word(rng)}_{n}"
        chunk = [
            f"def {name}(value, options=None):",
            f'    """Handle {_word(rng)} {_word(rng)}."""',
            f"    settings = {{\"timeout\": {rng.randint(1, 99)}, \"name\": \"{_word(rng)}\", \"token\": options}}",
            f"    result = value.{_word(rng)}(settings, retries={rng.randint(0, 5)})",
            "    if not result:",
            f"        raise ValueError(\"{_word(rng)} failed\")",
            "    return result",
            "",
            f"class {name.title().replace('_', '')}:",
            f"    label = \"{_word(rng)}\"",
            "",
            "    def run(self, payload):",
            f"        print(\"{_word(rng)}\", payload)",
            "        return self.label + str(payload)",
            "",
        ]
        if not planted and total > size // 2:
            chunk += [f'client = Mistral(api_key="{key}")', ""]
            planted = True
        lines += chunk
        total += sum(len(line) + 1 for line in chunk)
    return "big_module.py", ("\n".join(lines) + "\n").encode()


def nested_json(size: int, rng: random.Random, depth: int = 200) -> tuple[str, bytes]:
    """A JSON document of many deeply nested objects; the key sits at the bottom of one."""
    key = make_key(rng)
    items = []
    total = 0
    planted = False
    while total < size:
        leaf: object = {"mistral_api_key": key} if not planted and total > size // 2 else {"value": _word(rng)}
        planted = planted or "mistral_api_key" in leaf
        for level in range(depth):
            leaf = {f"{_word(rng)}{level}": leaf, "n": level}
        text = json.dumps(leaf, separators=(",", ":"))
        items.append(text)
        total += len(text) + 1
    return "settings.json", ("[" + ",".join(items) + "]").encode()


def nested_js_object(size: int, rng: random.Random, depth: int = 200) -> tuple[str, bytes]:
    """JavaScript objects nested `depth` deep, many of them; one holds `mistralApiKey`."""
    key = make_key(rng)
    parts = ['import { Mistral } from "@mistralai/mistralai";\n']
    total = len(parts[0])
    planted = False
    n = 0
    while total < size:
        n += 1
        inner = f'mistralApiKey: "{key}"' if not planted and total > size // 2 else f'value: "{_word(rng)}"'
        planted = planted or "mistralApiKey" in inner
        text = "{ " + inner + " }"
        for level in range(depth):
            text = f"{{ {_word(rng)}{level}: {text}, n: {level} }}"
        line = f"export const config{n} = {text};\n"
        parts.append(line)
        total += len(line)
    parts.append("const client = new Mistral({ apiKey: config1.key });\n")
    return "config.js", "".join(parts).encode()


def _concatenations(size: int, rng: random.Random, head: str, statement: str, joiners: tuple[str, ...],
                    tail: str, terms: int) -> str:
    """Statements that each join `terms` string literals (a tree `terms` deep); the key is one
    of the terms of the statement in the middle, which `tail` passes to a Mistral client."""
    key = make_key(rng)
    out = [head]
    total = len(head)
    n = planted = 0
    while total < size:
        n += 1
        pieces = [f'"{_word(rng)} "']
        for _ in range(terms):
            pieces.append(rng.choice(joiners) + f'"{_word(rng)} "')
        if not planted and total + sum(map(len, pieces)) > size // 2:
            pieces.insert(terms // 2 + 1, f' + "{key} "')
            planted = n
        line = statement.format(n=n, value="".join(pieces))
        out.append(line)
        total += len(line)
    out.append(tail.format(n=planted or n))
    return "".join(out)


def js_concatenation(size: int, rng: random.Random, terms: int = 2000) -> tuple[str, bytes]:
    """Long `"…" + "…" + …` expressions: left-deep trees `terms` levels tall."""
    text = _concatenations(size, rng, 'import { Mistral } from "@mistralai/mistralai";\n',
                           "export const part{n} = {value};\n", (" + ",),
                           "const client = new Mistral({{ apiKey: part{n} }});\n", terms)
    return "concat.js", text.encode()


def py_concatenation(size: int, rng: random.Random, terms: int = 2000) -> tuple[str, bytes]:
    """The same in Python, with `+` and with adjacent literals."""
    text = _concatenations(size, rng, "from mistralai import Mistral\n",
                           "PART_{n} = ({value})\n", (" + ", " "),
                           "client = Mistral(api_key=PART_{n})\n", terms)
    return "concat.py", text.encode()


GENERATORS = {
    "bundle": bundle,
    "bundle-lines": bundle_lines,
    "python": python_module,
    "json": nested_json,
    "js-object": nested_js_object,
    "js-concat": js_concatenation,
    "py-concat": py_concatenation,
}


def generate(kind: str, size: int, seed: int = 20261127, **options) -> tuple[str, bytes]:
    return GENERATORS[kind](size, random.Random(f"{kind}/{size}/{seed}"), **options)
