"""What gets written where: shared by MK004 header-logging, MK005 key-logging and MK006 error-leak.

Three questions, answered on one parsed file:
- which calls write their arguments to a log or to stdout (`log_calls`), and which parts of an
  argument end up in the written text (`written_parts`: interpolations, `%`/`.format` arguments,
  dict/object values, `JSON.stringify(x)`, `str(x)` ...);
- what such a part holds (`mistral_keyguard.holdings.Holdings`): the Mistral key itself, the whole environment, an object
  that carries the key, or request headers / request options carrying the Authorization header;
- which statements send a value back to the user (`response_sink`): a return from a handler, a
  `yield` into a stream, `res.json(...)`, an HTTP error's detail, a chat reply, a UI widget.
"""

from __future__ import annotations

import re
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.dataflow import last_segment, node_text

CODE_LANGUAGES = frozenset({"python", "javascript", "typescript", "tsx"})

# -- what a call writes -----------------------------------------------------------------

_LOG_LEVELS = frozenset({
    "debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log", "msg",
    "trace", "success", "notice", "verbose", "dir", "table",
})
_PY_PRINTERS = frozenset({"print", "pprint", "pp", "ic", "rprint", "display"})
_LOGGER_OBJECT = re.compile(
    r"(^|[._])(log|logger|logging|_log|_logger|structlog|loguru|console|logs|winston|pino|signale|"
    r"consola|LOG|LOGGER|Logger|Log)$|[a-z0-9](Log|Logger|_log|_logger)$")
# Django management commands write through `self.stdout` / `self.stderr`.
_STDOUT = re.compile(r"^(sys\.(stdout|stderr|__stdout__|__stderr__)|process\.(stdout|stderr)|"
                     r"(self|cmd|command)\.(stdout|stderr))\.write$")
# Terminal printers of command-line tools: click/typer echo, a rich Console (`err_console`, `Console()`).
_CLI_ECHO = re.compile(r"^(click|typer)\.s?echo$")
_CONSOLE_OBJECT = re.compile(r"(?i)(^|[._])\w*console$|(^|\.)Console\(.*\)$|^(rich|pprint)$")
# Wrappers whose output shows their first argument in full.
PASS_THROUGH = frozenset({
    "str", "repr", "dict", "list", "tuple", "vars", "String", "json.dumps", "JSON.stringify",
    "pformat", "pprint.pformat", "util.inspect", "inspect", "format", "Object.entries",
    "Object.fromEntries", "Array.from", "ascii", "jsonable_encoder", "model_dump", "sorted",
    # A dataclass's or attrs class's fields as a dict or tuple, a deep copy: every field shows.
    "asdict", "astuple", "dataclasses.asdict", "dataclasses.astuple", "attr.asdict", "attrs.asdict",
    "structuredClone",
})
PASS_METHODS = frozenset({
    "strip", "rstrip", "lstrip", "trim", "trimEnd", "trimStart", "toString", "encode", "decode",
    "get_secret_value", "dict", "model_dump", "json", "model_dump_json", "items", "copy", "toJSON",
    "raw", "entries", "upper", "lower", "toUpperCase", "toLowerCase", "toObject", "_asdict", "to_dict", "as_dict",
})
# Terminal styling that shows its first argument: click/typer `style`, a Django command's
# `self.style.SUCCESS(...)`, rich's `Panel(...)` and `Text(...)`, chalk/kleur/picocolors colours.
_STYLED_TEXT = re.compile(r"^(click|typer)\.style$|(^|\.)style\.[A-Z_]+$|^(rich\.panel\.)?Panel(\.fit)?$|"
                          r"^(rich\.text\.)?Text$|^(chalk|kleur|colors|pc|picocolors|ansis)(\.\w+)+$")
# Streamlit's page writers, in the page or its sidebar (`st.sidebar.write` draws on the same page).
_PAGE_WRITERS = frozenset(f"{module}.{writer}" for module in ("st", "streamlit", "st.sidebar", "streamlit.sidebar")
                          for writer in ("write", "json", "code", "text", "markdown", "caption"))
_LOG_OPTION_KWARGS = frozenset({"exc_info", "stack_info", "stacklevel", "end", "sep", "file", "flush"})


def is_log_callee(callee: ts.Node) -> bool:
    text = node_text(callee).replace("?.", ".")
    if text in _PY_PRINTERS or text in ("rich.print", "console.print", "pprint.pprint", "rich.inspect"):
        return True
    if text in _PAGE_WRITERS:
        return True  # a Streamlit page shows what it is given to everyone who opens it
    if _STDOUT.match(text) or _CLI_ECHO.match(text):
        return True
    if "." not in text:
        return text in ("debug", "log", "logger", "trace")  # `const debug = require("debug")("app")`
    obj, method = text.rsplit(".", 1)
    if method not in _LOG_LEVELS and method != "print":
        return False
    if method == "print":
        return bool(_CONSOLE_OBJECT.search(obj))
    return bool(_LOGGER_OBJECT.search(obj)) or \
        bool(re.search(r"(?i)(getLogger|get_logger|logger)\(.*\)$|\b(log|logger)\.\w+\(.*\)$", obj))


def log_calls(language: str, root: ts.Node, query_name: str) -> Iterator[ts.Node]:
    """Call nodes that write their arguments to a log or stdout (the `log` patterns of a query)."""
    loggers: frozenset[str] | None = None
    for index, caps in queries.matches(language, query_name, root):
        if queries.settings(language, query_name, index).get("sink") != "log":
            continue
        call = caps["call"][0]
        callee = call.child_by_field_name("function")
        if is_log_callee(callee) or _tagged_log(call, callee):
            yield call
            continue
        obj, _, method = node_text(callee).rpartition(".")
        if obj and (method in _LOG_LEVELS or method in _CHANNEL_WRITES):
            if loggers is None:
                loggers = bound_loggers(root)
            if obj in loggers or obj.startswith(("self.", "this.")) and obj.split(".", 1)[1] in loggers:
                yield call


def _tagged_log(call: ts.Node, callee: ts.Node | None) -> bool:
    """hapi's `server.log(['debug'], data)`, `request.log(['error'], err)`: a `.log` method given
    a list of tag strings first writes what follows to the server's log events."""
    if callee is None or callee.type != "member_expression" or node_text(callee.child_by_field_name("property")) != "log":
        return False
    args = call.child_by_field_name("arguments")
    first = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
    return first is not None and first.type == "array" and bool(first.named_children) and \
        all(item.type == "string" for item in first.named_children)


# `wlog = winston.createLogger(...)`, `blog = bunyan.createLogger(...)`, `audit = logging.getLogger("a")`:
# names bound to a logger factory's result write what their level methods are given.
_LOGGER_FACTORY = re.compile(
    rb"(?m)(?:^|[\s;,(])(?:const\s+|let\s+|var\s+|self\.|this\.)?([A-Za-z_$][\w$]*)\s*=\s*(?:await\s+)?"
    rb"(?:pino|winston\.createLogger|createLogger|bunyan\.createLogger|logging\.getLogger|getLogger|"
    rb"structlog\.get_logger|structlog\.getLogger|get_logger|loguru\.logger\.bind|consola\.create|"
    rb"log4js\.getLogger|new\s+Logger|Logger|(?:vscode\.)?window\.createOutputChannel)\s*\(")
# A VS Code output channel's writes (`output.appendLine(…)`): the Output panel is a log users
# copy into bug reports.
_CHANNEL_WRITES = frozenset({"append", "appendLine"})


# `bound = log.bind(user=…)` (structlog, loguru), `child = logger.child({…})` (pino, bunyan, winston).
_LOGGER_CHILD = re.compile(
    rb"(?m)(?:^|[\s;,(])(?:const\s+|let\s+|var\s+|self\.|this\.)?([A-Za-z_$][\w$]*)\s*=\s*"
    rb"([A-Za-z_$][\w$.]*)\.(?:bind|child|new|opt)\s*\(")


def bound_loggers(root: ts.Node) -> frozenset[str]:
    text = root.text or b""
    names = {m.group(1).decode() for m in _LOGGER_FACTORY.finditer(text)}
    children = [(m.group(1).decode(), m.group(2).decode()) for m in _LOGGER_CHILD.finditer(text)] \
        if b".bind" in text or b".child" in text or b".new" in text or b".opt" in text else []
    for _ in range(3):  # a child of a child
        found = {name for name, parent in children if parent in names or _LOGGER_OBJECT.search(parent)}
        if found <= names:
            break
        names |= found
    return frozenset(names)


def call_args(call: ts.Node) -> list[ts.Node]:
    args = call.child_by_field_name("arguments")
    if args is None:
        return []
    out = []
    for arg in args.named_children:
        if arg.type == "comment":
            continue
        if arg.type == "keyword_argument":
            name = arg.child_by_field_name("name")
            if name is not None and node_text(name) in _LOG_OPTION_KWARGS:
                continue
        out.append(arg)
    return out


def unwrap(node: ts.Node) -> ts.Node:
    while node.type in ("parenthesized_expression", "as_expression", "satisfies_expression",
                        "non_null_expression", "await", "await_expression", "type_assertion") \
            and node.named_children:
        node = node.named_children[0]
    return node


def written_parts(node: ts.Node, depth: int = 0) -> Iterator[ts.Node]:
    """The sub-expressions of a written value whose text ends up in the output."""
    node = unwrap(node)
    if depth > 6:
        yield node
        return
    kind = node.type
    if kind in ("string", "template_string"):
        for child in node.named_children:
            if child.type in ("interpolation", "template_substitution") and child.named_children:
                yield from written_parts(child.named_children[0], depth + 1)
        return
    if kind == "concatenated_string":
        for child in node.named_children:
            yield from written_parts(child, depth + 1)
        return
    if kind in ("binary_operator", "binary_expression"):
        op = node_text(node.child_by_field_name("operator"))
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if op == "+":
            yield from written_parts(left, depth + 1)
            yield from written_parts(right, depth + 1)
            return
        if op == "%" and left is not None and unwrap(left).type == "string":
            yield from written_parts(right, depth + 1)
            return
        if op in ("||", "??"):
            yield from written_parts(left, depth + 1)
            yield from written_parts(right, depth + 1)
            return
        yield node
        return
    if kind == "boolean_operator" and node_text(node.child_by_field_name("operator")) == "or":
        yield from written_parts(node.child_by_field_name("left"), depth + 1)
        yield from written_parts(node.child_by_field_name("right"), depth + 1)
        return
    if kind in ("dictionary", "object", "list", "tuple", "array", "set", "argument_list"):
        for child in node.named_children:
            if child.type == "pair":
                value = child.child_by_field_name("value")
                if value is not None:
                    yield from written_parts(value, depth + 1)
            elif child.type in ("spread_element", "dictionary_splat", "list_splat"):
                if child.named_children:
                    yield from written_parts(child.named_children[0], depth + 1)
            elif child.type == "shorthand_property_identifier":
                yield child
            elif child.type == "keyword_argument":
                value = child.child_by_field_name("value")
                if value is not None:
                    yield from written_parts(value, depth + 1)
            elif child.type != "comment":
                yield from written_parts(child, depth + 1)
        return
    if kind == "keyword_argument":
        value = node.child_by_field_name("value")
        if value is not None:
            yield from written_parts(value, depth + 1)
        return
    if kind in ("conditional_expression",):
        children = node.named_children
        for child in (children[0], children[2]) if len(children) == 3 else children:
            yield from written_parts(child, depth + 1)
        return
    if kind == "ternary_expression":
        for field in ("consequence", "alternative"):
            yield from written_parts(node.child_by_field_name(field), depth + 1)
        return
    if kind in ("call", "call_expression"):
        fn = node.child_by_field_name("function")
        args = call_args(node)
        fn_text = node_text(fn) if fn is not None else ""
        if fn is not None and fn.type in ("attribute", "member_expression"):
            method = node_text(fn.child_by_field_name("attribute") or fn.child_by_field_name("property"))
            obj = fn.child_by_field_name("object")
            if method == "format" and obj is not None and unwrap(obj).type == "string":
                for arg in args:
                    yield from written_parts(arg, depth + 1)
                return
            if method == "join" and obj is not None and unwrap(obj).type == "string" and args:
                yield from written_parts(args[0], depth + 1)
                return
        if (fn_text in PASS_THROUGH or last_segment(fn_text) in ("dumps", "stringify", "pformat", "inspect")
                or _STYLED_TEXT.search(fn_text)) and args and not _filters_fields(node):
            yield from written_parts(args[0], depth + 1)
            return
    yield node


def _filters_fields(call: ts.Node) -> bool:
    """`jsonable_encoder(cfg, exclude={…})`, `JSON.stringify(cfg, ["model"])`: which fields show is
    judged on the whole call."""
    args = call.child_by_field_name("arguments")
    if args is not None and args.type == "arguments":
        listed = [a for a in args.named_children if a.type != "comment"]
        return len(listed) > 1 and listed[1].type == "array" and \
            node_text(call.child_by_field_name("function")) == "JSON.stringify"
    return args is not None and args.type == "argument_list" and any(
        arg.type == "keyword_argument" and node_text(arg.child_by_field_name("name")) in ("exclude", "include")
        for arg in args.named_children)


def enclosing(node: ts.Node, types: set[str] | frozenset[str]) -> ts.Node | None:
    parent = node.parent
    while parent is not None:
        if parent.type in types:
            return parent
        parent = parent.parent
    return None


FUNCTION_TYPES = frozenset({
    "function_definition", "function_declaration", "function_expression", "arrow_function",
    "method_definition", "lambda", "generator_function_declaration", "generator_function", "function",
})


def slice_width(index: ts.Node) -> int | None:
    """How many characters `x[a:b]` shows at most, when the bounds are small integer literals."""
    parts: list[ts.Node | None] = [None, None]
    i = 0
    for child in index.children:
        if child.type == ":":
            i += 1
            if i > 1:
                break
            continue
        if child.is_named:
            parts[i] = child
    start, stop = (_int(p) for p in parts)
    if parts[0] is not None and start is None or parts[1] is not None and stop is None:
        return None
    if start is None and stop is not None:
        return stop if stop >= 0 else None
    if start is not None and stop is None:
        return -start if start < 0 else None
    if start is not None and stop is not None:
        if start >= 0 and stop >= 0 or start < 0 and stop < 0:
            return max(stop - start, 0)
    return None


def js_slice_width(args: list[ts.Node], method: str) -> int | None:
    values = [_int(a) for a in args]
    if not values or any(v is None for v in values):
        return None
    if len(values) == 1:
        return -values[0] if values[0] < 0 else None
    a, b = values[0], values[1]
    if method == "substr":
        return b
    if a >= 0 and b >= 0 or a < 0 and b < 0:
        return abs(b - a)
    return None


def _int(node: ts.Node | None) -> int | None:
    if node is None:
        return None
    text = node_text(node).replace(" ", "")
    try:
        return int(text)
    except ValueError:
        return None
