"""Hostile inputs the engine must take in its stride: no crash, no exception, findings kept
(issue 12, crashes and hangs). Run in-process; the CLI side is in test_hostile_corpus.py."""

from __future__ import annotations

import os
import subprocess
import sys

from hostile_support import SERVER
from mistral_keyguard.engine import scan


def test_a_long_string_concatenation_does_not_recurse(key):
    """985 `"a" + "a"` terms raised RecursionError; the chain still assembles a split key."""
    terms = ['""'] * 3000 + [f'"{c}"' for c in key]
    python = "from mistralai import Mistral\nclient = Mistral(api_key=" + " + ".join(terms) + ")\n"
    js = ('import { Mistral } from "@mistralai/mistralai";\nconst c = new Mistral({ apiKey: '
          + " + ".join(terms) + " });\n")
    for path, text in (("chain.py", python), ("chain.js", js)):
        codes = [f.code for f in scan(path, text).findings]
        assert codes == ["MK001"], path
    filler = "from mistralai import Mistral\nk = " + " + ".join(['"a"'] * 5000) + "\nc = Mistral(api_key=k)\n"
    assert scan("filler.py", filler).findings == []


def test_yaml_block_depth_counts_indents_and_inline_indicators():
    from mistral_keyguard.languages import yaml_block_depth

    assert yaml_block_depth(b"a: 1\nb:\n  c: 2\n  d:\n    - x\n") == 4  # b, d, the item, x
    assert yaml_block_depth(b"- - - x\n") == 4
    assert yaml_block_depth(b"a:\r  b:\r    c: 1\r") == 3
    assert yaml_block_depth(b"".join(b"  " * i + b"k:\n" for i in range(300))) == 300


def test_deep_yaml_is_skipped_with_a_note_before_the_parser_sees_it(key):
    """tree-sitter-yaml segfaults on 253 nested block mappings (34 KB); the engine refuses first.
    (The crash itself is checked in a child process by test_hostile_corpus.)"""
    lines = [f"MISTRAL_API_KEY: {key}", "a:"] + ["  " * i + f"k{i}:" for i in range(1, 253)] + ["  " * 253 + "v: 1"]
    result = scan("deep.yaml", "\n".join(lines) + "\n")
    assert result.findings == [] and not result.parsed
    assert result.notes == ["deep.yaml: skipped, YAML nested 254 levels deep (the limit is 200: "
                            "the YAML parser crashes on deeper files)"]
    shallow = scan("ok.yaml", "\n".join(lines[:150]) + "\n" + "  " * 149 + f"k: {key}\n")
    assert [f.code for f in shallow.findings] == ["MK007"]


def test_dotenv_lines_end_at_lf_crlf_and_lone_cr(key):
    from mistral_keyguard.formats import dotenv

    data = f"A=1\rexport MISTRAL_API_KEY = {key}  # c\r\nB='x y'\nC=\r".encode()
    found = [(v.name, v.text, data[v.start:v.end].decode()) for v in dotenv.values(data)]
    assert found == [("A", "1", "1"), ("MISTRAL_API_KEY", key, key), ("B", "x y", "'x y'")]


def test_long_config_lines_are_read_whole(key):
    """A 40 KB line of blanks took 23 s in the .env/.cfg regexes; the readers now slice lines."""
    from mistral_keyguard.formats import dotenv, ini, named_tokens

    blanks = " " * 40_000
    env = f"A=x{blanks}y\nMISTRAL_API_KEY={key}\n".encode()
    assert [v.name for v in dotenv.values(env)] == ["A", "MISTRAL_API_KEY"]
    cfg = f"[mistral]\nkey{blanks}x\napi_key{blanks}= {key}\n".encode()
    assert [(v.path, v.text) for v in ini.values(cfg)] == [(("mistral", "api_key"), key)]
    assert [n for n, _, _ in named_tokens("a" * 40_000 + blanks + f"--api-key {key}")] == ["api-key"]


def test_nesting_past_the_bracket_limit_is_skipped_with_a_note(key):
    """32,000 nested `${` took 41 s in tree-sitter queries (time quadratic in depth)."""
    from mistral_keyguard.languages import MAX_BRACKET_DEPTH, bracket_depth

    assert bracket_depth(b"({[" * 2000 + b"]})" * 2000) == 6000
    assert bracket_depth(b"(a[1], {b: 2})" * 2000) == 2
    assert bracket_depth(b"f(a[1])") <= 4  # short input: the bracket count is bound enough
    source = (f'import {{ Mistral }} from "@mistralai/mistralai";\nnew Mistral({{ apiKey: "{key}" }});\n'
              "const a = `" + "${`" * 32_000 + "`}" * 32_000 + "`;\n")
    result = scan("deep.js", source)
    assert result.notes == [f"deep.js: skipped, brackets nested 32000 deep (the limit is {MAX_BRACKET_DEPTH})"]
    ok = "// mistral\nconst a = " + "[" * 1000 + "1" + "]" * 1000 + ";\n"
    assert scan("ok.js", ok).notes == []


_RACE = """
import threading
from mistral_keyguard import queries
names = [(l, p.stem) for l in ("python", "tsx", "javascript", "typescript")
         for p in sorted((queries.queries_dir() / l).glob("*.scm"))]
start = threading.Barrier(4)
def build():
    start.wait()
    for language, name in names:
        queries.compiled(language, name)
threads = [threading.Thread(target=build) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
assert all(queries.compiled(l, n) is queries.compiled(l, n) for l, n in names)
print("built", len(names))
"""


def test_threads_asking_for_the_same_query_at_once_do_not_crash():
    """py-tree-sitter 0.26 crashes when a Query with predicates is freed; an lru_cache built a query
    twice when two threads asked at once (the server's warm-up against its workspace scan) and
    freed one. In a child process: a crash must not take the test run down."""
    proc = subprocess.run([sys.executable, "-c", _RACE], capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "PYTHONPATH": str(SERVER)})
    assert proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr[-2000:]}"
    assert proc.stdout.startswith("built ")


def test_hcl_values_carry_their_blocks_and_long_lines_stay_linear(key):
    """The HCL line reader names a value by its open blocks and their labels; a long line without
    `=` or `{` is read once (the block and attribute patterns are anchored, without nested repeats)."""
    from mistral_keyguard.formats import hcl

    blanks = " " * 40_000
    data = (f'job "api" {{\n  port "http" {{ to = 8000 }}\n  env {{\n    MISTRAL_API_KEY = "{key}"\n  }}\n'
            f'  data = <<EOH\nA={{{{ x }}}}\nEOH\n}}\nvariable "mistral_api_key" {{\n  default = "{key}"\n}}\n'
            f"a{blanks}b c d{blanks}\n" + "x " * 20_000 + "\n").encode()
    found = [(v.path, v.text) for v in hcl.values(data)]
    assert found == [(("job", "api", "env", "MISTRAL_API_KEY"), key),
                     (("variable", "mistral_api_key", "default"), key)]
