"""Hostile inputs the engine must take in its stride: no crash, no exception, findings kept
(issue 12, crashes and hangs). Run in-process; the CLI side is in test_hostile_corpus.py."""

from __future__ import annotations

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
