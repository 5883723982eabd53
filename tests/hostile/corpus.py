"""The malformed-input corpus, generated at test time (nothing big is committed).

Each case builds a small tree under a fresh folder and says how the CLI must end on it: the exit
codes allowed and a text the notes must contain. `KEYGUARD_HOSTILE_FULL=1` switches the size
cases to the issue's full sizes (a 50 MB file, 100,000 lines, 10,000-level nesting); the
default sizes keep CI fast and still cross every limit.
"""

from __future__ import annotations

import os
import random
import stat
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

FULL = os.environ.get("KEYGUARD_HOSTILE_FULL") == "1"
BIG_BYTES = 50 * 1024 * 1024 if FULL else 3 * 1024 * 1024
MANY_LINES = 100_000 if FULL else 20_000
DEEP = 10_000 if FULL else 2_000

_ALPHABET = string.ascii_letters + string.digits


def make_key(rng: random.Random) -> str:
    while True:
        key = "".join(rng.choice(_ALPHABET) for _ in range(32))
        if any(c.isupper() for c in key) and any(c.islower() for c in key) and sum(c.isdigit() for c in key) >= 2:
            return key


@dataclass
class Case:
    name: str
    build: Callable[[Path, str], list[str] | None]  # returns extra CLI arguments (paths default to root)
    exits: tuple[int, ...] = (0, 1)
    note: str | None = None  # a text stderr/stdout must contain
    needs_posix_user: bool = False  # permission cases: run where permission bits count (hostile_support.unprivileged)
    extra: dict = field(default_factory=dict)


def _mistral_py(key: str) -> str:
    return f'from mistralai import Mistral\nclient = Mistral(api_key="{key}")\n'


def _write(root: Path, name: str, data: bytes | str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _nested(open_: str, close: str, depth: int, middle: str) -> str:
    return open_ * depth + middle + close * depth


def _yaml_block(depth: int, key: str) -> str:
    lines = [f"MISTRAL_API_KEY: {key}", "a:"]
    lines += ["  " * i + f"k{i}:" for i in range(1, depth)]
    return "\n".join(lines + ["  " * depth + "v: 1", ""])


# Known slow cases fixed elsewhere, by language: "language": "reason" (xfail until merged).
_SLOW_ON_MAIN: dict[str, str] = {}


def _cases() -> list[Case]:
    cases: list[Case] = []

    def case(name: str, **kw):
        def register(build):
            cases.append(Case(name, build, **kw))
            return build
        return register

    @case("binary-nul")
    def _(root, key):
        _write(root, "blob.py", b"\0\1\2" + _mistral_py(key).encode() + b"\0" * 100)

    @case("invalid-utf8", note="not valid UTF-8")
    def _(root, key):
        _write(root, "latin.py", b"# caf\xe9\n" + _mistral_py(key).encode())

    @case("utf16-env", exits=(1,))
    def _(root, key):
        _write(root, "config.json", ('{"mistral_api_key": "' + key + '"}\n').encode("utf-16"))

    @case("utf8-bom-env", exits=(1,))
    def _(root, key):
        _write(root, "settings.py", "\ufeff" + _mistral_py(key))

    @case("line-endings", exits=(1,))
    def _(root, key):
        _write(root, "crlf.py", _mistral_py(key).replace("\n", "\r\n"))
        _write(root, "cr.js", f'import {{ Mistral }} from "@mistralai/mistralai";\rconst c = new Mistral({{ apiKey: "{key}" }});\r')
        _write(root, "mixed.py", "import os\r\n" + _mistral_py(key).replace("\n", "\r", 1))

    @case("big-file", exits=(0,), note="over the")
    def _(root, key):
        _write(root, "big.js", ("// mistral " + "x" * 70 + "\n") * (BIG_BYTES // 81 + 1))

    @case("blank-line-runs", exits=(1,))
    def _(root, key):
        # A line-start search written `^\s*` runs over every following blank line from each line
        # start: quadratic, a hang on a config or module that is mostly empty lines.
        _write(root, "tsconfig.json", "{\n" + "\n" * 200_000 + '"compilerOptions": {"paths": {"@/*": ["./src/*"]}}\n}\n')
        _write(root, "src/app.ts", 'import { handler } from "@/handler";\nexport const run = () => handler();\n')
        _write(root, "src/handler.ts", 'import { Mistral } from "@mistralai/mistralai";\n' + "\n" * 100_000
               + 'export const handler = () => new Mistral({ apiKey: process.env.MISTRAL_API_KEY });\n')
        _write(root, "server.py", "import os\n" + "\n" * 200_000 + _mistral_py(key))

    @case("many-lines", exits=(1,))
    def _(root, key):
        _write(root, "long.py", "x = 1\n" * MANY_LINES + _mistral_py(key))

    @case("long-line-dotenv", exits=(0, 1))
    def _(root, key):
        _write(root, ".env.production", f"MISTRAL_API_KEY={key}\nA=x" + " " * 40_000 + "y\n" + "B=" + "=" * 40_000 + "\n")

    @case("long-line-ini", exits=(0, 1))
    def _(root, key):
        _write(root, "setup.cfg", f"[mistral]\napi_key = {key}\nkey" + " " * 40_000 + "x\n" + "k=" + " " * 40_000 + "x\n")

    for lang, name, text in (
        ("python", "deep.py", lambda d, k: "import mistralai\nx = " + _nested("[", "]", d, f'"{k}"') + "\n"),
        ("python-call", "deepcall.py", lambda d, k: "import mistralai\nx = " + _nested("f(", ")", d, "1") + "\n"),
        ("javascript", "deep.js", lambda d, k: "import '@mistralai/mistralai';\nconst a = " + _nested("{a: ", "}", d, "1") + ";\n"),
        ("typescript", "deep.ts", lambda d, k: "import '@mistralai/mistralai';\nconst a = " + _nested("[", "]", d, "1") + ";\n"),
        ("template", "tpl.js", lambda d, k: "// mistral\nconst a = `" + "${`" * d + "`}" * d + "`;\n"),
        ("json", "deep.json", lambda d, k: '{"MISTRAL_API_KEY": "' + k + '", "a": ' + _nested("[", "]", d, "1") + "}\n"),
        ("yaml-flow", "flow.yaml", lambda d, k: f"MISTRAL_API_KEY: {k}\na: " + _nested("[", "]", d, "1") + "\n"),
        ("yaml-block", "block.yaml", lambda d, k: _yaml_block(d, k)),
        ("yaml-seq", "seq.yaml", lambda d, k: f"MISTRAL_API_KEY: {k}\n" + "- " * d + "x\n"),
        ("toml", "deep.toml", lambda d, k: f'MISTRAL_API_KEY = "{k}"\na = ' + _nested("[", "]", d, "1") + "\n"),
        ("html", "deep.html", lambda d, k: "<script>// mistral</script>" + "<div>" * d + "</div>" * d + "\n"),
        ("concat", "concat.py", lambda d, k: "import mistralai\nk = " + " + ".join(['"a"'] * d) + "\n"),
        ("concat-js", "concat.js", lambda d, k: "import '@mistralai/mistralai';\nconst k = " + " + ".join(['"a"'] * d) + ";\n"),
    ):
        cases.append(Case(f"deep-{lang}", (lambda name, text: lambda root, key: [str(_write(root, name, text(DEEP, key)))])(name, text),
                          extra={"xfail": _SLOW_ON_MAIN.get(lang)} if lang in _SLOW_ON_MAIN else {}))

    @case("yaml-253-levels", exits=(0,), note="YAML nested")
    def _(root, key):
        _write(root, "compose.yaml", _yaml_block(253, key))

    @case("fifo")
    def _(root, key):
        _write(root, "app.py", _mistral_py(key))
        os.mkfifo(root / ".env")
        os.mkfifo(root / "pipe.py")
        return [str(root), str(root / "pipe.py")]

    @case("symlink-loop", exits=(1,))
    def _(root, key):
        (root / "sub").mkdir()
        os.symlink(root / "sub", root / "sub" / "loop")
        os.symlink("self", root / "self")
        os.symlink(root / "b.py", root / "a.py")
        os.symlink(root / "a.py", root / "b.py")
        _write(root, "app.py", _mistral_py(key))

    @case("symlink-loop-argument", exits=(2,), note="no such file or directory")
    def _(root, key):
        os.symlink("self", root / "self")
        return [str(root / "self")]

    @case("symlink-out-of-tree", exits=(0,))
    def _(root, key):
        outside = root.parent / f"{root.name}-outside"
        outside.mkdir()
        _write(outside, "secret.py", _mistral_py(key))
        os.symlink(outside / "secret.py", root / "link.py")
        os.symlink(outside, root / "linkdir")

    @case("unreadable-file", exits=(2,), note="cannot read", needs_posix_user=True)
    def _(root, key):
        path = _write(root, "locked.py", _mistral_py(key))
        path.chmod(0)

    @case("unreadable-dir", exits=(2,), note="cannot read", needs_posix_user=True)
    def _(root, key):
        _write(root, "locked/app.py", _mistral_py(key))
        (root / "locked").chmod(0)
        return [str(root), str(root / "locked")]

    @case("odd-names", exits=(1,))
    def _(root, key):
        _write(root, "sp ace\tand\nnewline.py", _mistral_py(key))
        (root / os.fsdecode(b"bad-\xff-name.py")).write_text(_mistral_py(key))
        _write(root, "-rf.py", _mistral_py(key))
        _write(root, "[z-a].py", "x = 1\n")

    @case("broken-gitignore")
    def _(root, key):
        _write(root, ".gitignore", "[z-a]\n\\\n!\n**/***\n[\n" + "\xff\n")
        _write(root, "app.py", "x = 1\n")

    @case("exclude-bang", exits=(0, 1, 2))
    def _(root, key):
        _write(root, "app.py", "x = 1\n")
        return [str(root), "--exclude", "!", "--exclude", "[z-a]"]

    @case("pyproject-tool-string")
    def _(root, key):
        _write(root, "pyproject.toml", 'tool = "x"\n[project]\nname = "x"\n')
        _write(root, "app.py", "x = 1\n")

    @case("broken-configs", exits=(0, 1))
    def _(root, key):
        _write(root, ".mistral-keyguard.toml", 'select = 3\nseverity = "x"\nmax-file-size = -1\nexclude = [1]\n[severity]\n')
        _write(root, "package.json", '{"main": 3, "dependencies": [1,2]')
        _write(root, "tsconfig.json", "{" * 5000)
        _write(root, "bad.toml", "a = [" * 3000)
        _write(root, "bad.yaml", "a: [" * 3000 + "\n\t- : -\n")
        _write(root, "bad.ipynb", '{"cells": [{"cell_type": "code", "source": 3}], "metadata": ')
        _write(root, "Dockerfile", "ENV " * 2000)

    @case("broken-pyproject")
    def _(root, key):
        _write(root, "pyproject.toml", '[tool.mistral-keyguard\nselect = "MK001"\n')
        _write(root, "app.py", "x = 1\n")

    @case("lone-cr-env", exits=(1,))
    def _(root, key):
        _write(root, ".env", f"A=1\rVITE_MISTRAL_API_KEY={key}\rB=2\r")

    @case("bom-env", exits=(1,))
    def _(root, key):
        _write(root, ".env.production", f"\ufeffVITE_MISTRAL_API_KEY={key}\n")

    @case("utf16-dotenv", exits=(1,))
    def _(root, key):
        _write(root, ".env.production", f"VITE_MISTRAL_API_KEY={key}\r\n".encode("utf-16"))

    @case("import-with-no-module", exits=(1,))
    def _(root, key):
        # `from  import x` (no module between the keywords) once crashed the first pass.
        _write(root, "broken.py", "from  import ask\nfrom . import llm\nimport os\n")
        _write(root, "llm.py", _mistral_py(key))

    return cases


CASES = _cases()


def build(case: Case, root: Path, key: str) -> list[str]:
    """Build `case` in `root` (created); the CLI arguments that scan it."""
    root.mkdir(parents=True, exist_ok=True)
    extra = case.build(root, key)
    return extra if extra else [str(root)]


def restore_permissions(root: Path) -> None:
    """Let pytest delete what the permission cases locked."""
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            if not path.is_symlink():
                try:
                    path.chmod(path.stat().st_mode | stat.S_IRWXU)
                except OSError:
                    pass
    for folder in [root]:
        try:
            folder.chmod(folder.stat().st_mode | stat.S_IRWXU)
        except OSError:
            pass
