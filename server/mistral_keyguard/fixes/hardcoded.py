"""MK001 fixes: read the key from the environment instead of the literal, and move it to `.env`.

The literal is replaced where it sits, so a constant that other code uses keeps its name and
only its value changes. Where the literal is an environment default (`os.getenv(N, "<key>")`,
`process.env.N || "<key>"`) the default is dropped; where it is written into the environment
(`os.environ[N] = "<key>"`) the statement goes. Those keep behaviour whenever the environment
provides the key, which is what makes the fix safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import keyshape
from mistral_keyguard.finding import FileCreation, TextEdit
from mistral_keyguard.fixes import project as proj
from mistral_keyguard.fixes.draft import Draft
from mistral_keyguard.fixes.dotenv_loading import ecma_loading, python_loading
from mistral_keyguard.fixes.headers import PythonHeader, merge_inserts
from mistral_keyguard.fixes.source import (
    STRING_TYPES, exact_node, in_comment, is_embedded, node_for_span, per_document, python_quote,
    remove_statement_edit, text,
)
from mistral_keyguard.fixes.classify import is_client_code
from mistral_keyguard.rules.public_env_key import ships_to_browser
from mistral_keyguard.sinks import FUNCTION_TYPES, is_log_callee

_PY_ENV_READ = re.compile(r"""(?:environ(?:\.get)?\s*[\[(]|getenv\s*\()\s*["']([A-Za-z_][A-Za-z0-9_]*)["']""")
_JS_ENV_READ = re.compile(r"""process\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*["'`]([A-Za-z_][A-Za-z0-9_]*)["'`]\s*\])""")
_MISTRALISH = re.compile(r"(?i)mistral")
_KEY_WORD = re.compile(r"(?i)key|token|secret")
_ENV_STYLE = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")


def names_the_key(name: str | None) -> bool:
    """`MISTRAL_API_KEY`, `MISTRAL_TOKEN`: a Mistral credential, not `MISTRAL_MODEL` or a public name."""
    return bool(name) and bool(_MISTRALISH.search(name) and _KEY_WORD.search(name)) and \
        not proj.is_public_env_name(name) and not keyshape.is_key(name)


def env_reads(language: str, text: str) -> Iterator[str]:
    """The environment variable names `text` reads, in order."""
    pattern = _PY_ENV_READ if language == "python" else _JS_ENV_READ
    for match in pattern.finditer(text):
        yield next(g for g in match.groups() if g)


def env_name(ctx) -> str | None:
    """The key variable the file already reads (`MISTRAL_API_KEY`, `MISTRAL_TOKEN`), if any;
    other Mistral settings (`MISTRAL_MODEL`) never name the key."""
    return next((n for n in env_reads(ctx.language, ctx.source.text) if names_the_key(n)), None)


def finding_key(ctx, finding) -> str | None:
    start, end = finding.span.start.byte, finding.span.end.byte
    raw = ctx.source.data[start:end].decode("utf-8", "replace")
    if keyshape.is_key(raw):
        return raw
    node = exact_node(ctx.root, start, end)
    value = ctx.flow.static_string(node) if node is not None else None
    found = keyshape.find_keys(value) if value else []
    return found[0].key if found else None


@dataclass
class EnvRead:
    """The edits that make one finding read the key from the environment."""

    ctx: object
    start: int
    end: int
    name: str | None  # the key variable the file reads, until `plan` settles it
    edits: list[TextEdit] = field(default_factory=list)
    python_header: PythonHeader | None = None

    @property
    def python(self) -> bool:
        return self.ctx.language == "python"

    @property
    def data(self) -> bytes:
        return self.ctx.source.data

    def expression(self, quote: str = '"') -> str:
        if not self.python:
            return f"process.env.{self.name}"
        header = self.header()
        if not header.imports_name("os") and header.imports_from("os", "environ"):
            return f"environ[{quote}{self.name}{quote}]"
        return f"os.environ[{quote}{self.name}{quote}]"

    def header(self) -> PythonHeader:
        if self.python_header is None:
            self.python_header = per_document(self.ctx, "python-header",
                                              lambda: PythonHeader(self.ctx.root, self.data))
        return self.python_header

    def replace(self, start: int, end: int, new_text: str) -> None:
        self.edits.append(TextEdit(start, end, new_text))

    # -- planning -------------------------------------------------------------------------

    def plan(self) -> bool:
        node = node_for_span(self.ctx.root, self.start, self.end)
        if in_comment(node):
            return self._in_comment()
        if _printed(node):
            return False  # read from the environment, it would be printed all the same: MK005 drops it
        literal = self._literal(node)
        if literal is None:
            return False
        if literal.type in ("identifier", "property_identifier"):
            # `process.env.<key>`: the key typed where the variable's name belongs.
            parent = literal.parent
            if parent is not None and parent.type in ("member_expression", "attribute") and \
                    re.search(r"(environ|\.env)$", text(parent.child_by_field_name("object"))):
                return self._rename_slip(literal)
            return False
        if _in_pool(literal):
            return False  # one variable for every key of a rotation pool would keep only one key
        self.name = self._looked_up(literal) or self.name or self._binding(literal) or proj.DEFAULT_ENV_NAME
        handled = self._env_slot(literal)
        if handled is not None:
            return handled
        whole = (literal.start_byte, literal.end_byte) == (self.start, self.end) or \
            self.ctx.flow.static_string(literal) == self.data[self.start:self.end].decode("utf-8", "replace")
        if whole and not self._is_concatenated_part(literal):
            quote = python_quote(literal.parent) if self.python else '"'
            if quote is None:
                return False
            expr = self.expression(quote)
            if literal.parent is not None and literal.parent.type == "jsx_attribute":
                expr = "{" + expr + "}"
            elif self._typed_declaration(literal):
                expr += "!"  # `const key: string = ...` keeps its type: process.env.X is string | undefined
            self.replace(literal.start_byte, literal.end_byte, expr)
        elif literal.type in STRING_TYPES:
            if not self._splice(literal):
                return False
        else:
            return False
        self._add_import()
        return True

    def _literal(self, node: ts.Node) -> ts.Node | None:
        exact = exact_node(self.ctx.root, self.start, self.end)
        if exact is not None and exact.type not in ("string_content", "string_fragment"):
            literal = exact
        else:
            literal = node
            while literal is not None and literal.type not in STRING_TYPES:
                literal = literal.parent
            if literal is None:
                return None
        parent = literal.parent
        # Python implicit concatenation whose other parts are empty: replace the whole thing.
        if parent is not None and parent.type == "concatenated_string" and \
                self.ctx.flow.static_string(parent) == self.ctx.flow.static_string(literal):
            literal = parent
        while literal.parent is not None and literal.parent.type == "parenthesized_expression" and \
                literal.parent.named_child_count == 1 and literal.parent.parent is not None and \
                literal.parent.parent.type in ("keyword_argument", "pair", "arguments", "argument_list"):
            literal = literal.parent  # `api_key=("<key>")` -> `api_key=os.environ[...]`
        return literal

    def _holder(self, literal: ts.Node) -> ts.Node | None:
        """The call, assignment target or declared name the literal is the value of."""
        parent = literal.parent
        holder = None
        if parent is None:
            return None
        if parent.type in ("argument_list", "arguments"):
            holder = parent.parent
        elif parent.type in ("assignment", "assignment_expression", "boolean_operator", "binary_expression"):
            holder = parent.child_by_field_name("left")
        elif parent.type == "variable_declarator":
            holder = parent.child_by_field_name("name")
        return None if holder is None or holder.id == literal.id else holder

    def _looked_up(self, literal: ts.Node) -> str | None:
        """The key variable of the lookup the literal is the default or written value of:
        `os.getenv("N", <key>)`, `process.env.N || <key>`, `os.environ["N"] = <key>`."""
        holder = self._holder(literal)
        name = next(env_reads(self.ctx.language, text(holder)), None) if holder is not None else None
        return name if names_the_key(name) else None

    def _binding(self, literal: ts.Node) -> str | None:
        """The env-style constant the literal initialises: `MISTRAL_TOKEN = <key>`."""
        holder = self._holder(literal)
        name = text(holder) if holder is not None else ""
        return name if _ENV_STYLE.match(name) and names_the_key(name) else None

    def _typed_declaration(self, literal: ts.Node) -> bool:
        """TypeScript: the literal initialises a variable or field declared with a type."""
        parent = literal.parent
        return (self.ctx.language in ("typescript", "tsx") and parent is not None
                and parent.type in ("variable_declarator", "public_field_definition")
                and parent.child_by_field_name("value") == literal
                and parent.child_by_field_name("type") is not None)

    def _is_concatenated_part(self, literal: ts.Node) -> bool:
        return literal.parent is not None and literal.parent.type == "concatenated_string"

    def _in_comment(self) -> bool:
        """Commented-out code: the quoted key becomes the env read, as text."""
        self.name = self.name or proj.DEFAULT_ENV_NAME
        data = self.data
        before = data[self.start - 1:self.start]
        after = data[self.end:self.end + 1]
        if before and before == after and before in (b'"', b"'", b"`"):
            self.replace(self.start - 1, self.end + 1, self.expression())
        else:
            self.replace(self.start, self.end, "$" + self.name)
        return True

    # -- literals in environment lookups ------------------------------------------------------

    def _env_slot(self, literal: ts.Node) -> bool | None:
        """Handle a literal that is an env var's name, default or written value; None if it is not."""
        parent = literal.parent
        if parent is None:
            return None
        if parent.type in ("argument_list", "arguments"):
            call = parent.parent
            fn = text(call.child_by_field_name("function")) if call is not None else ""
            owner, _, method = fn.rpartition(".")
            if not (method == "getenv" or (method in ("get", "setdefault", "putenv")
                                           and re.search(r"(^|\.)environ$|process\.env$", owner))):
                return None
            args = [a for a in parent.named_children if a.type not in ("comment", "keyword_argument")]
            position = next((i for i, a in enumerate(args) if a.id == literal.id), -1)
            if position == 0:
                return self._rename_slip(literal)
            if position == 1 and method in ("getenv", "get"):
                self.replace(args[0].end_byte, literal.end_byte, "")
                return True
            if position == 1 and method in ("setdefault", "putenv"):
                return self._remove_statement(call)
            return None
        if parent.type in ("subscript", "subscript_expression"):
            obj = parent.child_by_field_name("value") or parent.child_by_field_name("object")
            index = parent.child_by_field_name("subscript") or parent.child_by_field_name("index")
            if index is not None and index.id == literal.id and re.search(r"(environ|\.env)$", text(obj)):
                return self._rename_slip(literal)
            return None
        if parent.type in ("assignment", "assignment_expression"):
            left = parent.child_by_field_name("left")
            right = parent.child_by_field_name("right")
            if right is not None and right.id == literal.id and re.match(r"(os\.)?environ\b|process\.env\b", text(left)):
                return self._remove_statement(parent)
            return None
        if parent.type in ("boolean_operator", "binary_expression"):
            op = text(parent.child_by_field_name("operator"))
            left = parent.child_by_field_name("left")
            right = parent.child_by_field_name("right")
            if op in ("or", "||", "??") and right is not None and right.id == literal.id and \
                    re.search(r"environ|getenv|process\.env", text(left)):
                self.replace(parent.start_byte, parent.end_byte, text(left))
                return True
        return None

    def _rename_slip(self, literal: ts.Node) -> bool:
        """A key pasted where the variable's name belongs: put the name back."""
        self.replace(self.start, self.end, self.name)
        return True

    def _remove_statement(self, node: ts.Node) -> bool:
        self.edits.append(remove_statement_edit(self.data, node, self.python, not is_embedded(self.ctx)))
        return True

    # -- a key inside a longer string ------------------------------------------------------------

    def _splice(self, literal: ts.Node) -> bool:
        """`"Bearer <key>"` -> `f"Bearer {os.environ['N']}"` / `` `Bearer ${process.env.N}` ``."""
        data = self.data
        raw = data[literal.start_byte:literal.end_byte].decode("utf-8", "replace")
        if literal.type == "template_string":
            self.replace(self.start, self.end, "${" + self.expression() + "}")
            return True
        if not self.python:
            quote_len = 1
            before = data[literal.start_byte + quote_len:self.start].decode("utf-8", "replace")
            after = data[self.end:literal.end_byte - quote_len].decode("utf-8", "replace")
            esc = lambda s: s.replace("`", "\\`").replace("${", "\\${")  # noqa: E731
            self.replace(literal.start_byte, literal.end_byte,
                         "`" + esc(before) + "${" + self.expression() + "}" + esc(after) + "`")
            return True
        match = re.match(r"([A-Za-z]*)('''|\"\"\"|'|\")", raw)
        if match is None or "b" in match.group(1).lower():
            return False
        prefix, quote = match.groups()
        inner_quote = python_quote(literal)
        if inner_quote is None:
            return False
        expr = "{" + self.expression(inner_quote) + "}"
        if "f" in prefix.lower():
            self.replace(self.start, self.end, expr)
            return True
        body_start = literal.start_byte + len(prefix) + len(quote)
        body_end = literal.end_byte - len(quote)
        esc = lambda b: b.decode("utf-8", "replace").replace("{", "{{").replace("}", "}}")  # noqa: E731
        new = prefix + "f" + quote + esc(data[body_start:self.start]) + expr + esc(data[self.end:body_end]) + quote
        self.replace(literal.start_byte, literal.end_byte, new)
        return True

    def _add_import(self) -> None:
        if not self.python or not any("os.environ" in e.new_text for e in self.edits):
            return
        if not self.header().imports_name("os"):
            self.edits.insert(0, self.header().import_edit("import os"))


def move_edits(ctx, plan: EnvRead, key: str) -> tuple[list[TextEdit | FileCreation], str]:
    """The extra edits of "move to .env" (the entry, its git-ignore, loading it) and the title,
    which says how the key is loaded, or that it is not."""
    out: list[TextEdit | FileCreation] = []
    entry = proj.env_entry(ctx, plan.name, key)
    if entry is not None:
        out.append(entry)
    ignore = proj.gitignore_entry(ctx, ".env")
    if ignore is not None:
        out.append(ignore)
    loading = python_loading(ctx, plan.header()) if plan.python else ecma_loading(ctx)
    return out + loading.edits, loading.title


def _printed(node: ts.Node | None) -> bool:
    """The literal is written by the nearest call around it, a call to a log or stdout."""
    while node is not None and node.type not in FUNCTION_TYPES:
        if node.type in ("call", "call_expression", "new_expression"):
            callee = node.child_by_field_name("function")
            return callee is not None and is_log_callee(callee)
        node = node.parent
    return False


def _plan_keeping_other_keys(ctx, plan: EnvRead, local, key: str):
    """(plan, its edits, the name it could not take): when `.env` already gives the planned name
    another value, the key moves under the first free `NAME_2`, `NAME_3` ... instead."""
    name = proj.free_env_name(proj.env_text(ctx), plan.name, key)
    if name == plan.name:
        return plan, local, None
    renamed = EnvRead(ctx, plan.start, plan.end, name)
    if not renamed.plan():
        return None, local, None
    if renamed.name != name:  # the key is the default of a lookup of the taken name
        edits = _renamed_lookup(ctx, renamed, renamed.name, name)
        if edits is None:
            return None, local, None
        renamed.edits, renamed.name = edits, name
    return renamed, merge_inserts(sorted(renamed.edits, key=lambda e: (e.start, e.end))), plan.name


def _renamed_lookup(ctx, plan: EnvRead, taken: str, free: str) -> list[TextEdit] | None:
    """`plan`'s edits with the lookup `os.getenv("<taken>", <key>)` / `process.env.<taken> || <key>`
    reading `free` instead; None when the name cannot be found next to the key."""
    node = node_for_span(ctx.root, plan.start, plan.end)
    holder = node.parent if node is not None else None
    while holder is not None and holder.type not in ("call", "call_expression", "boolean_operator",
                                                      "binary_expression", "assignment", "assignment_expression"):
        holder = holder.parent
    if holder is None:
        return None
    word = re.compile(rb"(?<![A-Za-z0-9_])" + re.escape(taken.encode()) + rb"(?![A-Za-z0-9_])")
    edits = [replace(e, new_text=re.sub(rf"(?<![A-Za-z0-9_]){re.escape(taken)}(?![A-Za-z0-9_])", free, e.new_text))
             for e in plan.edits]
    covered = [(e.start, e.end) for e in plan.edits]
    for match in word.finditer(ctx.source.data, holder.start_byte, holder.end_byte):
        if not any(start <= match.start() < end for start, end in covered):
            edits.append(TextEdit(match.start(), match.end(), free))
    return edits


def fixes(ctx, finding) -> Iterator[Draft]:
    if ctx.tree is None or ctx.language not in ("python", "javascript", "typescript", "tsx"):
        return
    literal = ctx.root.named_descendant_for_byte_range(finding.span.start.byte, finding.span.end.byte)
    if ctx.language != "python" and (is_client_code(ctx, literal) or ships_to_browser(literal, ctx.path)):
        return  # any env value in client code ships with the bundle: the proxy fix is the answer
    key = finding_key(ctx, finding)
    if key is None:
        return
    plan = EnvRead(ctx, finding.span.start.byte, finding.span.end.byte,
                   per_document(ctx, "env-name", lambda: env_name(ctx)))
    if not plan.plan():
        return
    local = merge_inserts(sorted(plan.edits, key=lambda e: (e.start, e.end)))
    yield Draft("env-read", tuple(local), title=f"Read {plan.name} from the environment")
    if ctx.project is not None:
        plan, local, taken = _plan_keeping_other_keys(ctx, plan, local, key)
        if plan is None:
            return
        extra, title = move_edits(ctx, plan, key)
        if taken:
            title += f" (as {plan.name}: {taken} in .env holds another key)"
        in_file = [e for e in extra if isinstance(e, TextEdit) and e.path is None]
        others = [e for e in extra if not (isinstance(e, TextEdit) and e.path is None)]
        combined = merge_inserts(sorted(local + in_file, key=lambda e: (e.start, e.end)))
        yield Draft("env-move", tuple(combined) + tuple(e for e in others if isinstance(e, TextEdit)),
                    tuple(e for e in others if isinstance(e, FileCreation)),
                    title=title)


def _in_pool(literal: ts.Node) -> bool:
    """An item of a list of several keys (`MISTRAL_KEYS = ["…", "…"]`)."""
    parent = literal.parent
    return parent is not None and parent.type in ("list", "tuple", "set", "array") and \
        sum(1 for item in parent.named_children if item.type != "comment") > 1
