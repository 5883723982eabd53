"""Notebooks: keys anywhere are MK007, code cells go through the Python rules with positions
mapped back to the lines of the `.ipynb` JSON."""

from __future__ import annotations

import json

import pytest

from keyguard_testing import make_key
from mistral_keyguard.engine import scan
from mistral_keyguard.formats import notebook
from mistral_keyguard.languages import language_for_path, parser
from mistral_keyguard.rules import all_checkers


def _code(*lines: str, outputs=()) -> dict:
    return {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": list(outputs),
            "source": list(lines)}


def _notebook(*cells: dict) -> str:
    doc = {"cells": list(cells), "metadata": {"language_info": {"name": "python"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines()) if needle in line)


def _has_rule(code: str) -> bool:
    return any(code in c.codes() and "python" in c.languages for c in all_checkers())


def test_ipynb_is_a_notebook():
    assert language_for_path("analysis/explore.ipynb") == "notebook"


def test_program_maps_every_byte_back_to_its_json_line():
    text = _notebook(
        _code("%pip install mistralai\n", "import os\n", "x = \"tab\\there\"\n", "print(x)"),
        {"cell_type": "markdown", "metadata": {}, "source": ["# not code"]},
        _code("%%bash\n", "echo hi\n"),
        _code("y = 'é' + x  # page\x0cbreak\r\n", "!ls\n", "print(y)"),
    )
    tree = parser("notebook").parse(text.encode())
    program = notebook.python_program(tree)
    code = program.code.decode()
    # magics are blanked byte for byte, markdown and cell magics left out
    assert "%pip" not in code and "echo hi" not in code and "not code" not in code
    assert "!ls" not in code
    compile(code, "<cells>", "exec")
    data = text.encode()
    for needle in ("import os", "print(x)", "y = ", "print(y)"):
        at = program.code.index(needle.encode())
        file_byte = program.to_file(at)
        assert data[file_byte:file_byte + len(needle)] == needle.encode()


def test_blank_magics_keeps_every_offset():
    source = "%%time\nx = 1\n"
    assert notebook.blank_magics(source) == "      \n     \n"
    source = "!pip install mistralai\nimport os\nos.getenv?\n"
    blanked = notebook.blank_magics(source)
    assert len(blanked) == len(source) and blanked.split("\n")[1] == "import os"
    assert "pip" not in blanked and "getenv" not in blanked


def test_only_python_notebooks_become_a_program():
    text = json.loads(_notebook(_code("print(x)")))
    text["metadata"] = {"kernelspec": {"language": "R", "name": "ir"}, "language_info": {"name": "R"}}
    tree = parser("notebook").parse(json.dumps(text).encode())
    assert notebook.kernel_language(tree) == "r"
    assert notebook.python_program(tree).code == b""
    assert notebook.kernel_language(parser("notebook").parse(_notebook(_code("x")).encode())) == "python"


def test_key_in_source_output_and_env_magic_is_mk007_never_mk001():
    k1, k2, k3 = make_key(), make_key(), make_key()
    text = _notebook(
        _code(f"%env MISTRAL_API_KEY={k1}"),
        _code("from mistralai import Mistral\n", f"client = Mistral(api_key=\"{k2}\")"),
        _code("!env | grep MISTRAL", outputs=[{"name": "stdout", "output_type": "stream",
                                                "text": [f"MISTRAL_API_KEY={k3}\n"]}]),
    )
    found = sorted((f.line, f.code) for f in scan("nb.ipynb", text).findings)
    assert found == [(_line_of(text, k1), "MK007"), (_line_of(text, k2), "MK007"),
                     (_line_of(text, k3), "MK007")]
    for f in scan("nb.ipynb", text).findings:
        assert k1 not in f.message and k2 not in f.message and k3 not in f.message


def test_other_services_keys_images_and_notebooks_without_mistral_are_clean():
    import base64
    import secrets

    blob = base64.b64encode(secrets.token_bytes(4096)).decode()
    text = _notebook(
        _code("from mistralai import Mistral\n", f"openai_api_key = \"{make_key()}\"\n",
              f"SESSION_SECRET = \"{make_key()}\"",
              outputs=[{"output_type": "display_data", "metadata": {},
                        "data": {"image/png": blob, "text/plain": ["<Figure>"]}}]),
    )
    assert scan("nb.ipynb", text).findings == []
    plain = _notebook(_code(f"token = \"{make_key()}\"\n", "requests.get(url, headers={'X-Token': token})"))
    assert scan("plain.ipynb", plain).findings == []


def test_suppression_comment_in_a_cell():
    key = make_key()
    text = _notebook(_code("from mistralai import Mistral\n",
                           f"api_key = \"{key}\"  # mistral-keyguard: ignore[MK007]\n"))
    assert scan("nb.ipynb", text).findings == []


@pytest.mark.skipif(not _has_rule("MK005"), reason="the key-logging rule is not registered")
def test_python_rules_run_on_code_cells_across_cells_and_magics():
    key = make_key()
    text = _notebook(
        _code("%pip install -q mistralai"),
        _code("from mistralai import Mistral\n", f"api_key = \"{key}\"\n", "client = Mistral(api_key=api_key)"),
        _code("!echo checking\n", "print(api_key)"),
    )
    found = sorted((f.line, f.code) for f in scan("nb.ipynb", text).findings)
    assert found == [(_line_of(text, key), "MK007"), (_line_of(text, "print(api_key)"), "MK005")]
    mk005 = next(f for f in scan("nb.ipynb", text).findings if f.code == "MK005")
    line = text.splitlines()[mk005.line]
    assert line[mk005.span.start.character:].startswith("print(api_key)")
