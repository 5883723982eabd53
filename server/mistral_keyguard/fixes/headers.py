"""Imports and set-up lines a fix adds at the top of a module, placed where a person would."""

from __future__ import annotations

import tree_sitter as ts

from mistral_keyguard.finding import TextEdit
from mistral_keyguard.fixes.source import text


class PythonHeader:
    """Where `import os` and `load_dotenv()` go in a Python module, and what it imports already."""

    def __init__(self, root: ts.Node, data: bytes):
        self.data = data
        self.children = [c for c in root.named_children]
        self.imports = [c for c in self.children if c.type in ("import_statement", "import_from_statement")]
        self.anchor = self._anchor()

    def _anchor(self) -> ts.Node | None:
        """The last of the module docstring and `from __future__` imports."""
        anchor = None
        code = [c for c in self.children if c.type != "comment"]
        for index, child in enumerate(code):
            is_docstring = (index == 0 and child.type == "expression_statement" and child.named_children
                            and child.named_children[0].type == "string")
            if not (is_docstring or child.type == "future_import_statement"):
                break
            anchor = child
        return anchor

    def imports_name(self, module: str) -> bool:
        """`import os` (or `import os.path`) at module level, binding the name `os`."""
        for node in self.imports:
            if node.type != "import_statement":
                continue
            for name in node.named_children:
                if name.type == "dotted_name" and text(name).split(".")[0] == module:
                    return True
        return False

    def imports_from(self, module: str, name: str) -> bool:
        for node in self.imports:
            if node.type != "import_from_statement":
                continue
            mod = node.child_by_field_name("module_name")
            if text(mod) != module:
                continue
            for child in node.children_by_field_name("name"):
                if child.type == "dotted_name" and text(child) == name:
                    return True
        return False

    def _line_after(self, node: ts.Node) -> int:
        end = self.data.find(b"\n", node.end_byte)
        return len(self.data) if end == -1 else end + 1

    def _top(self) -> tuple[int, str]:
        """(byte, separator) for a block inserted above the code when there are no imports."""
        if self.anchor is not None:
            return self._line_after(self.anchor), "\n"
        pos = 0
        while self.data.startswith(b"#", pos):  # shebang, coding line, licence header
            nl = self.data.find(b"\n", pos)
            if nl == -1:
                return len(self.data), "\n"
            pos = nl + 1
        return pos, ""

    def import_edit(self, line: str) -> TextEdit:
        """Insert an import line before the first import, or at the top."""
        first = next((n for n in self.imports), None)
        if first is not None:
            start = self.data.rfind(b"\n", 0, first.start_byte) + 1
            return TextEdit(start, start, line + "\n")
        pos, before = self._top()
        return TextEdit(pos, pos, before + line + "\n\n" if pos < len(self.data) else before + line + "\n")

    def _leading_imports(self) -> list[ts.Node]:
        """The imports of the module's opening block: an import below code (a notebook cell's)
        is no place for set-up lines, which would push the imports after them down (E402)."""
        out = []
        start = self.anchor.end_byte if self.anchor is not None else 0
        for child in self.children:
            if child.start_byte < start or child.type == "comment":
                continue
            if child.type not in ("import_statement", "import_from_statement"):
                break
            out.append(child)
        return out

    def after_imports_edit(self, block: str) -> TextEdit:
        """Insert lines after the module's opening imports (or at the top)."""
        leading = self._leading_imports()
        last = leading[-1] if leading else None
        if last is not None:
            pos = self._line_after(last)
            if pos == len(self.data) and not self.data.endswith(b"\n"):
                return TextEdit(pos, pos, "\n" + block)
            return TextEdit(pos, pos, block)
        pos, before = self._top()
        return TextEdit(pos, pos, before + block + "\n")


class EcmaHeader:
    """The top of a JavaScript/TypeScript module: its directive prologue and first import."""

    def __init__(self, root: ts.Node, data: bytes):
        self.data = data
        self.children = list(root.named_children)

    @property
    def is_module(self) -> bool:
        return any(c.type in ("import_statement", "export_statement") for c in self.children)

    def top_edit(self, line: str) -> TextEdit:
        """Insert a line before the first statement that is not a comment or directive."""
        for child in self.children:
            if child.type in ("comment", "hash_bang_line"):
                continue
            if child.type == "expression_statement" and child.named_children and \
                    child.named_children[0].type == "string":  # "use strict", "use client"
                continue
            start = self.data.rfind(b"\n", 0, child.start_byte) + 1
            return TextEdit(start, start, line + "\n")
        pos = len(self.data)
        return TextEdit(pos, pos, ("" if not self.data or self.data.endswith(b"\n") else "\n") + line + "\n")


def merge_inserts(edits: list[TextEdit]) -> list[TextEdit]:
    """Join insertions at the same byte of the same file into one edit (in order)."""
    out: list[TextEdit] = []
    for edit in edits:
        if out and edit.start == edit.end and out[-1].start == out[-1].end == edit.start \
                and out[-1].path == edit.path:
            last = out.pop()
            edit = TextEdit(edit.start, edit.end, last.new_text + edit.new_text, edit.path)
        out.append(edit)
    return out
