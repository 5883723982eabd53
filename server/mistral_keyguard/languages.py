"""Which language a file is, and the tree-sitter grammar and parser for it."""

from __future__ import annotations

import ctypes
import importlib
import os
import re
import threading
from functools import lru_cache
from itertools import accumulate
from pathlib import PurePath

import tree_sitter as ts

_EXTENSIONS = {
    ".py": "python",
    ".pyi": "python",
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".jsx": "javascript",
    ".ts": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".tsx": "tsx",
}

# LSP languageId -> our language name.
LANGUAGE_IDS = {
    "python": "python",
    "javascript": "javascript",
    "javascriptreact": "javascript",
    "typescript": "typescript",
    "typescriptreact": "tsx",
    "html": "html",
    "vue": "vue",
    "svelte": "svelte",
}

# Languages whose rules share the ECMAScript query set.
ECMA_LANGUAGES = frozenset({"javascript", "typescript", "tsx"})
# Pages whose `<script>` blocks the ECMAScript rules read (see `mistral_keyguard.embedded`).
EMBEDDING_LANGUAGES = ("html", "vue", "svelte")

_EXTENSIONS.update({
    ".json": "json", ".jsonc": "json", ".json5": "json",
    ".toml": "toml",
    ".yml": "yaml", ".yaml": "yaml",
    ".ipynb": "notebook",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".vue": "vue",
    ".svelte": "svelte",
    # Astro components: no rule reads them yet; the imports of their client `<script>` elements
    # place the modules they load (`module_graph.without_frontmatter`).
    ".astro": "astro",
})

# Names like `.env.ts` or `.env.example.js` are code that happens to start with `.env.`.
_CODE_SUFFIXES = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx", ".py", ".json",
                  ".yml", ".yaml", ".toml", ".sh", ".md")


def is_env_file(name: str) -> bool:
    """`.env`, `.env.local`, `.env.production`; also `prod.env` (compose `env_file:`) and `.envrc`
    (direnv)."""
    if name in (".env", ".envrc"):
        return True
    if name.startswith(".env."):
        return not name.lower().endswith(_CODE_SUFFIXES)
    return name.endswith(".env") and len(name) > len(".env")


def is_ini_file(name: str) -> bool:
    """INI files, and systemd units (`rag-api.service`, a Podman quadlet's `.container`), whose
    `Environment=NAME=value` lines set a service's variables."""
    return name.lower().endswith((".ini", ".cfg", ".service", ".container"))


def is_dockerfile(name: str) -> bool:
    lower = name.lower()
    return (lower in ("dockerfile", "containerfile") or lower.startswith(("dockerfile.", "containerfile."))
            or lower.endswith(".dockerfile"))


def is_makefile(name: str) -> bool:
    return name in ("Makefile", "makefile", "GNUmakefile") or name.lower().endswith((".mk", ".mak"))


def is_justfile(name: str) -> bool:
    """just's recipe files (`justfile`, `Justfile`, `.justfile`, `build.just`): make-like
    assignments (`export NAME := "value"`) and shell recipes."""
    return name.lower() in ("justfile", ".justfile") or name.lower().endswith(".just")


def is_earthfile(name: str) -> bool:
    """Earthly's build files: Dockerfile instructions (`ENV`, `ARG`, `RUN`) grouped under targets,
    which the Dockerfile grammar does not parse."""
    return name == "Earthfile" or name.lower().endswith(".earth")


def is_hcl_file(name: str) -> bool:
    """HashiCorp configuration: Terraform (`.tf`, `.tfvars`), Nomad jobs (`.nomad`, `.nomad.hcl`),
    Packer (`.pkr.hcl`), Terragrunt and Waypoint (`.hcl`); also a committed `terraform.tfvars.example`."""
    return name.lower().endswith((".tf", ".tfvars", ".hcl", ".nomad", ".tfvars.example", ".tfvars.sample"))


def is_shell_script(name: str) -> bool:
    """Build and test scripts (`scripts/dev.sh`, `run_evals.ps1`) and a Procfile's process lines:
    shell commands, read like a Makefile's recipes (`export MISTRAL_API_KEY=…`, `curl -H …`)."""
    return name.lower().endswith((".sh", ".bash", ".zsh", ".ps1")) or name == "Procfile" or \
        name.startswith("Procfile.")


def is_jenkinsfile(name: str) -> bool:
    return name == "Jenkinsfile" or name.startswith("Jenkinsfile.") or name.lower().endswith(".jenkinsfile")


# Directories whose `.conf` files are supervisord's INI program sections (`/etc/supervisor/conf.d`
# is copied from a repository's `supervisor/` or `deploy/supervisor/`).
_SUPERVISOR_DIRS = frozenset({"supervisor", "supervisord", "supervisor.d"})


def is_supervisor_conf(path: str) -> bool:
    """`supervisord.conf`, `supervisor-worker.conf`, `supervisor/app.conf`: INI files whose
    `environment=` lines set a program's variables."""
    base = os.path.basename(path).lower()
    if not base.endswith(".conf"):
        return False
    return "supervisor" in base or os.path.basename(os.path.dirname(path)).lower() in _SUPERVISOR_DIRS


# Languages known by file name rather than extension, first match wins.
_NAME_MATCHERS = ((is_env_file, "dotenv"), (is_dockerfile, "dockerfile"), (is_ini_file, "ini"),
                  (is_makefile, "makefile"), (is_jenkinsfile, "jenkinsfile"), (is_justfile, "justfile"),
                  (is_earthfile, "earthfile"), (is_hcl_file, "hcl"), (is_shell_script, "shell"))


# Each grammar's package and the function that returns its language. The packages are compiled
# extensions imported on a language's first parse only: `--version` or `rule` need none of them.
_GRAMMARS = {
    "python": ("tree_sitter_python", "language"),
    "javascript": ("tree_sitter_javascript", "language"),
    "typescript": ("tree_sitter_typescript", "language_typescript"),
    "tsx": ("tree_sitter_typescript", "language_tsx"),
    "json": ("tree_sitter_json", "language"),
    "notebook": ("tree_sitter_json", "language"),
    "toml": ("tree_sitter_toml", "language"),
    "yaml": ("tree_sitter_yaml", "language"),
    "dockerfile": ("tree_sitter_dockerfile", "language"),
    "html": ("tree_sitter_html", "language"),
    "vue": ("tree_sitter_html", "language"),
    "svelte": ("tree_sitter_html", "language"),
}


def _as_capsule(language):
    # tree-sitter-dockerfile 0.2 hands out a bare pointer, which py-tree-sitter 0.25+ accepts only
    # with a DeprecationWarning; wrap it in the capsule newer grammars return.
    return _capsule(language) if isinstance(language, int) else language


def _capsule(pointer: int):
    new = ctypes.pythonapi.PyCapsule_New
    new.restype = ctypes.py_object
    new.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p)
    return new(pointer, b"tree_sitter.Language", None)


def language_for_path(path: str | PurePath) -> str | None:
    # String operations, not a PurePath: `check` asks this several times for each file of a tree.
    base = os.path.basename(os.fspath(path))
    for matcher, name in _NAME_MATCHERS:
        if matcher(base):
            return name
    if is_supervisor_conf(os.fspath(path)):
        return "ini"
    dot = base.rfind(".")
    return _EXTENSIONS.get(base[dot:].lower()) if 0 < dot < len(base) - 1 else None


# Content sniffing reads at most this much: a config list is small, a larger extension-less file
# (a binary, a data dump) is not one.
_SNIFF_MAX_BYTES = 256 * 1024
_JSON_OPENERS = (b"[", b"{")


def sniffed_language(path: str | PurePath, data: bytes) -> str | None:
    """"json" for a file without an extension whose first non-blank byte opens a JSON array or
    object (AutoGen's `OAI_CONFIG_LIST`); None for anything else. Bounded by size."""
    pure = PurePath(path)
    if pure.suffix or len(data) > _SNIFF_MAX_BYTES:
        return None
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    return "json" if head[:1] in _JSON_OPENERS else None


def has_grammar(name: str) -> bool:
    return name in _GRAMMARS


def supported_extensions() -> frozenset[str]:
    return frozenset(_EXTENSIONS)


@lru_cache(maxsize=None)
def grammar(name: str) -> ts.Language:
    if name not in _GRAMMARS:
        raise KeyError(f"no tree-sitter grammar for {name!r}")
    package, function = _GRAMMARS[name]
    return ts.Language(_as_capsule(getattr(importlib.import_module(package), function)()))


# tree-sitter-yaml's scanner keeps a stack of open block indentations and crashes the process
# (SIGSEGV) past about 250 of them; no real file comes near this.
YAML_MAX_BLOCK_DEPTH = 200
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_YAML_INDICATOR = re.compile(rb"[-?:](?:[ \t]+|$)")


def yaml_block_depth(data: bytes) -> int:
    """How many block indentations a YAML parser would hold open at once, at most (a cheap,
    linear over-estimate read from the line indents and `- ` / `? ` indicators)."""
    open_columns: list[int] = []
    deepest = 0
    for line in _LINE_BREAK.split(data):
        column = len(line) - len(line.lstrip(b" "))
        if column == len(line) or line[column:column + 1] == b"#":
            continue
        while open_columns and open_columns[-1] >= column:
            open_columns.pop()
        open_columns.append(column)
        position = column
        while (indicator := _YAML_INDICATOR.match(line, position)) and indicator.end() < len(line):
            position = indicator.end()
            open_columns.append(position)  # `- - x`: each indicator opens a node further right
        deepest = max(deepest, len(open_columns))
    return deepest


# Tree-sitter queries take time quadratic in the tree's depth: 32,000 nested `${` took 41 s.
# Real code stays far below this; each query costs well under a second at this depth.
MAX_BRACKET_DEPTH = 5000
_BRACKETS = b"([{)]}"
_NOT_BRACKETS = bytes(b for b in range(256) if b not in _BRACKETS)
_BRACKET_STEP = [0] * 256
for _opener, _closer in zip(b"([{", b")]}"):
    _BRACKET_STEP[_opener], _BRACKET_STEP[_closer] = 1, -1


def bracket_depth(data: bytes) -> int:
    """The deepest nesting of (), [] and {} in `data`, strings and comments included (an
    over-estimate that costs one C-speed pass)."""
    brackets = data.translate(None, _NOT_BRACKETS)
    if len(brackets) <= MAX_BRACKET_DEPTH:
        return len(brackets)
    return max(accumulate(map(_BRACKET_STEP.__getitem__, brackets)), default=0)


def parse_refusal(name: str, data: bytes) -> str | None:
    """Why `data` must not be handed to the `name` grammar (it would crash the process or take
    time quadratic in its nesting), or None."""
    depth = bracket_depth(data)
    if depth > MAX_BRACKET_DEPTH:
        return f"brackets nested {depth} deep (the limit is {MAX_BRACKET_DEPTH})"
    if name == "yaml":
        depth = yaml_block_depth(data)
        if depth > YAML_MAX_BLOCK_DEPTH:
            return (f"YAML nested {depth} levels deep (the limit is {YAML_MAX_BLOCK_DEPTH}: the YAML "
                    f"parser crashes on deeper files)")
    return None


_local = threading.local()


def parser(name: str) -> ts.Parser:
    """A parser per thread and language: parsers are not thread-safe, but are cheap to reuse."""
    parsers = getattr(_local, "parsers", None)
    if parsers is None:
        parsers = _local.parsers = {}
    if name not in parsers:
        parsers[name] = ts.Parser(grammar(name))
    return parsers[name]
