"""Parse checks for fixed files, run by long-lived checkers so thousands of examples stay cheap:
Python with the oldest supported interpreter installed (3.10: no PEP 701 f-strings), JavaScript
with node's own parser (a CommonJS function body or an ES module, as `node --check` reads them), and
TypeScript/TSX with tree-sitter (no ERROR or MISSING node)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from fixes.reviewer import oldest_python
from mistral_keyguard.languages import language_for_path, parser

_PY_SERVER = r"""
import sys
for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        with open(path, "rb") as handle:
            compile(handle.read(), path, "exec", dont_inherit=True)
        print("ok", flush=True)
    except (SyntaxError, ValueError) as exc:
        print(("error: %s line %s" % (exc.msg, exc.lineno)).replace("\n", " "), flush=True)
"""

_NODE_SERVER = r"""
const vm = require("node:vm");
const fs = require("node:fs");
const rl = require("node:readline").createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const { path, module } = JSON.parse(line);
  try {
    const source = fs.readFileSync(path, "utf8");
    if (module) new vm.SourceTextModule(source, { identifier: path });
    else vm.compileFunction(source, ["exports", "require", "module", "__filename", "__dirname"], { filename: path });
    process.stdout.write("ok\n");
  } catch (err) {
    process.stdout.write("error: " + String(err && err.message).replace(/\n/g, " ") + "\n");
  }
});
"""


class _LineServer:
    def __init__(self, argv: list[str]) -> None:
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        encoding="utf-8")

    def ask(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=10)


class SyntaxCheck:
    """`problem(path)`: None when the file parses, else what is wrong."""

    def __init__(self) -> None:
        python = oldest_python() or sys.executable
        self.python_version = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                                             capture_output=True, text=True).stdout.strip()
        self.python = _LineServer([python, "-c", _PY_SERVER])
        node = shutil.which("node")
        self.node = _LineServer([node, "--experimental-vm-modules", "--no-warnings", "-e", _NODE_SERVER]) \
            if node else None
        self.checked = 0

    def problem(self, path: Path) -> str | None:
        self.checked += 1
        language = language_for_path(str(path))
        if language == "python":
            answer = self.python.ask(str(path))
            return None if answer == "ok" else f"python {self.python_version}: {answer}"
        if language in ("typescript", "tsx") or (language == "javascript" and self.node is None):
            return _tree_sitter_problem(path, language)
        if language == "javascript":
            data = path.read_bytes()
            module = path.suffix == ".mjs" or (path.suffix != ".cjs" and _is_module(data))
            answer = self.node.ask(json.dumps({"path": str(path), "module": module}))
            return None if answer == "ok" else f"node: {answer}"
        if path.name == "package.json":
            try:
                json.loads(path.read_text(encoding="utf-8"))
            except ValueError as exc:
                return f"package.json: {exc}"
        return None

    def close(self) -> None:
        self.python.close()
        if self.node is not None:
            self.node.close()


def _is_module(data: bytes) -> bool:
    root = parser("javascript").parse(data).root_node
    return any(c.type in ("import_statement", "export_statement") for c in root.named_children)


def _tree_sitter_problem(path: Path, language: str) -> str | None:
    stack = [parser(language).parse(path.read_bytes()).root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            return f"tree-sitter {language}: {'missing' if node.is_missing else 'error'} at line {node.start_point.row + 1}"
        if node.has_error:
            stack.extend(node.children)
    return None
