"""MK006 for an error a helper returns: `return {"error": str(exc)}` in a function that catches a
Mistral failure leaks only where a caller sends that value to the client.

The helper's callers in its own file decide. A helper nothing in its file uses is asked of the
files that import it (the project view's importers). A function a framework calls (decorated, an
exported handler, or handed somewhere by name) is taken as answering the user when its file does.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

import tree_sitter as ts

from mistral_keyguard.dataflow import node_text, string_content
from mistral_keyguard.document import SourceText
from mistral_keyguard.finding import Position, RelatedLocation, Span
from mistral_keyguard.languages import ECMA_LANGUAGES, parser
from mistral_keyguard.module_graph import imports_of
from mistral_keyguard.rules.context import ScanContext
from mistral_keyguard.rules.js_handlers import returns_response
from mistral_keyguard.sinks import FUNCTION_TYPES, enclosing

_MAX_IMPORTERS = 16
_MAX_CHAIN = 3  # helper -> helper -> route: longer chains are not followed
_HANDLER_NAME = re.compile(r"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|handler|action|loader|default)$")
_CLASSES = frozenset({"class_definition", "class_declaration", "class"})
_NAMED = frozenset({"function_definition", "function_declaration", "generator_function_declaration",
                    "method_definition"})


def return_reaches_client(analysis, ret: ts.Node, leak: ts.Node) -> str | None:
    """How the value `ret` returns reaches the client, or None when no caller sends it there."""
    fn = enclosing(ret, FUNCTION_TYPES)
    if fn is not None and analysis.language in ECMA_LANGUAGES and returns_response(fn):
        return "returned to the caller: the framework sends what this handler returns"
    name = _function_name(fn) if fn is not None else None
    if name is None or _is_handler(fn, name):
        return "returned to the client" if analysis.answers_users else None
    stack = analysis.__dict__.setdefault("_return_chain", [])
    if fn in stack or len(stack) >= _MAX_CHAIN:
        return None
    stack.append(fn)
    try:
        return _through_callers(analysis, fn, name, _leaked_field(ret, leak))
    finally:
        stack.pop()


def _through_callers(analysis, fn: ts.Node, name: str, field: str | None) -> str | None:
    calls = _uses(analysis, fn, name)
    if calls is None:  # handed to a framework by name: it answers with what the function returns
        return "returned to the client" if analysis.answers_users else None
    if calls:
        forwarded = any(analysis.forwards(call, _other_field(field)) for call in calls)
        return "returned by a helper whose caller sends it to the client" if forwarded else None
    if analysis.answers_users:
        return "returned to the client"
    owner = _owner(fn)
    if len(analysis.__dict__["_return_chain"]) > 1 or owner is not None and not _top_level_class(owner):
        return None  # a nested helper: its importers' calls are not followed
    owner_name = node_text(owner.child_by_field_name("name")) if owner is not None else None
    related = _forwarded_by_importers(analysis, name, field, owner_name)
    if related is None:
        return None
    analysis.__dict__.setdefault("_forward_related", {})[fn.start_byte] = related
    return "returned by a helper whose importer sends it to the client"


def yield_reaches_ui(analysis, node: ts.Node) -> str | None:
    """A generator its own file never serves, that an importer which answers users hands to a
    framework by name (`pn.chat.ChatInterface(callback=respond)`, `gr.ChatInterface(respond)`), or
    calls and sends as the body of its response (`Response(stream_with_context(gen(q)))`,
    `StreamingResponse(gen(q))`, a route returning `gen(q)`): what it yields reaches the user."""
    fn = enclosing(node, FUNCTION_TYPES)
    name = _function_name(fn) if fn is not None else None
    if name is None or _owner(fn) is not None or _uses(analysis, fn, name) != []:
        return None
    memo = analysis.__dict__.setdefault("_handed_to_ui", {})
    if fn.start_byte not in memo:
        found = _handed_by_importers(analysis, name)
        memo[fn.start_byte] = found
        if found is not None:
            analysis.__dict__.setdefault("_forward_related", {})[fn.start_byte] = found[0]
    found = memo[fn.start_byte]
    return found[1] if found is not None else None


def _importer_heads(analysis):
    """(importer's path in the project, language, first bytes, this module's name as importers
    write it, the prefix that makes an importer's path one the user sees), for each importer."""
    project = analysis.ctx.project
    if project is None or project.importers is None:
        return []
    rel = project.rel_path or analysis.ctx.path.replace("\\", "/")
    module = PurePosixPath(rel)
    stem = module.parent.name if module.stem in ("__init__", "index") else module.stem
    prefix = analysis.ctx.path[:-len(rel)] if analysis.ctx.path.endswith(rel) else ""
    return [(importer_rel, language, head, stem, prefix)
            for importer_rel, language, head in project.importers()[:_MAX_IMPORTERS]]


def _handed_by_importers(analysis, name: str) -> tuple[RelatedLocation, str] | None:
    for importer_rel, language, head, stem, prefix in _importer_heads(analysis):
        callees = _local_callees(head, language, name, stem)
        if not callees:
            continue
        importer = _importer_analysis(analysis, importer_rel, language, head)
        if not importer.answers_users:
            continue
        for ref in _handed_values(importer, callees):
            return (_importer_location(head, ref, f"{node_text(ref)} is handed to the UI here", prefix + importer_rel),
                    "yielded to a chat UI that an importer hands this generator to")
        for call in _streamed_calls(importer, callees):
            callee = node_text(call.child_by_field_name("function"))
            return (_importer_location(head, call, f"{callee}(…) is streamed to the client here", prefix + importer_rel),
                    "yielded into a response that an importer streams to the client")
    return None


def importer_analyses(analysis, name: str):
    """(importer's analysis, what it calls `name`, its first bytes, its path as shown) for each
    importer of this module that takes `name` (or the module) and answers users."""
    for importer_rel, language, head, stem, prefix in _importer_heads(analysis):
        names = _local_callees(head, language, name, stem)
        if not names:
            continue
        importer = _importer_analysis(analysis, importer_rel, language, head)
        if importer.answers_users:
            yield importer, names, head, prefix + importer_rel


def _importer_location(head: bytes, node: ts.Node, message: str, path: str) -> RelatedLocation:
    start = SourceText(head).span(node.start_byte, node.end_byte).start
    point = Position(start.line, start.character, 0)
    return RelatedLocation(Span(point, point), message, path=path)


def _streamed_calls(importer, names: set[str]):
    """The importer's calls of one of `names` (the generator) whose value it sends to the client:
    the generator object is the response's body."""
    for call in importer._calls.calls:
        callee = call.child_by_field_name("function")
        if callee is not None and node_text(callee) in names and importer.forwards(call):
            yield call


def _handed_values(importer, names: set[str]):
    """References to one of `names` passed as an argument (positional or keyword), not called."""
    stack = [importer.root]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "attribute", "member_expression") and node_text(node) in names:
            parent = node.parent
            if parent is not None and parent.type == "keyword_argument":
                parent = parent.parent
            if parent is not None and parent.type in ("argument_list", "arguments"):
                yield node
            continue
        stack.extend(node.named_children)


def related_for(analysis, leak: ts.Node) -> tuple[RelatedLocation, ...]:
    """The importer's call that sends a helper's returned error to the client."""
    found = analysis.__dict__.get("_forward_related")
    fn = enclosing(leak, FUNCTION_TYPES) if found else None
    return (found[fn.start_byte],) if fn is not None and fn.start_byte in found else ()


def _function_name(fn: ts.Node) -> str | None:
    if fn.type in _NAMED:
        name = fn.child_by_field_name("name")
        return node_text(name) if name is not None else None
    parent = fn.parent
    if parent is not None and parent.type == "variable_declarator":
        name = parent.child_by_field_name("name")
        return node_text(name) if name is not None and name.type == "identifier" else None
    return None


def _is_handler(fn: ts.Node, name: str) -> bool:
    """A decorated function (a route, a command), or an exported handler name (Next, Remix, Lambda)."""
    node = fn
    for _ in range(3):  # `export function POST`, `export const POST = async () => …`
        node = node.parent
        if node is None:
            return False
        if node.type == "decorated_definition":
            return True
        if node.type == "export_statement":
            return bool(_HANDLER_NAME.match(name))
    return False


def _owner(fn: ts.Node) -> ts.Node | None:
    """The function or class `fn` is defined in (None at a module's top level)."""
    return enclosing(fn, FUNCTION_TYPES | _CLASSES)


def _uses(analysis, fn: ts.Node, name: str) -> list[ts.Node] | None:
    """The calls of `name` in the file, or None when it is also used as a value (handed to a
    framework, stored, exported under another name)."""
    owner = _owner(fn)
    method = fn.type == "method_definition" or owner is not None and owner.type in _CLASSES
    calls = []
    for ref in _references_by_name(analysis).get(name, ()):
        if fn.start_byte <= ref.start_byte < fn.end_byte:
            continue  # its own name, or a call to itself
        target = ref
        if ref.parent is not None and ref.parent.type in ("attribute", "member_expression") and \
                ref == (ref.parent.child_by_field_name("attribute") or ref.parent.child_by_field_name("property")):
            receiver = node_text(ref.parent.child_by_field_name("object"))
            if not method or receiver not in ("self", "this", "cls"):
                continue  # `other.name`: some other object's member (`request.args.get`)
            target = ref.parent
        parent = target.parent
        if parent is not None and parent.type in ("call", "call_expression") and \
                parent.child_by_field_name("function") == target:
            calls.append(parent)
        elif parent is None or parent.type not in ("import_specifier", "export_specifier", "aliased_import",
                                                   "dotted_name"):
            return None
    return calls


def _references_by_name(analysis) -> dict[str, list[ts.Node]]:
    """Identifier (and member name) nodes of the file by text, from one walk."""
    index = analysis.__dict__.get("_names_index")
    if index is None:
        index = analysis.__dict__["_names_index"] = {}
        stack = [analysis.root]
        while stack:
            node = stack.pop()
            if node.type in ("identifier", "property_identifier"):
                index.setdefault(node_text(node), []).append(node)
            stack.extend(node.named_children)
    return index


def _leaked_field(ret: ts.Node, leak: ts.Node) -> str | None:
    """The key the exception text sits under in a returned dict (`{"error": str(e)}` -> error)."""
    value = ret.named_children[0] if ret.named_children else None
    if value is None or value.type not in ("dictionary", "object"):
        return None
    for pair in value.named_children:
        if pair.type == "pair" and pair.start_byte <= leak.start_byte < pair.end_byte:
            key = pair.child_by_field_name("key")
            if key is None:
                return None
            text = string_content(key) if key.type == "string" else node_text(key)
            return text
    return None


def _other_field(field: str | None):
    """A test for references that read another field of the result than the error's (None: none do)."""
    return None if field is None else lambda ref: _reads_other_field(ref, field)


def _reads_other_field(ref: ts.Node, field: str) -> bool:
    """`result["answer"]`, `result.get("answer")`, `result.answer` with another field than the error's."""
    parent = ref.parent
    if parent is None:
        return False
    if parent.type in ("subscript", "subscript_expression"):
        index = parent.child_by_field_name("subscript") or parent.child_by_field_name("index")
        read = string_content(index) if index is not None and index.type == "string" else None
    elif parent.type in ("attribute", "member_expression"):
        read = node_text(parent.child_by_field_name("attribute") or parent.child_by_field_name("property"))
        call = parent.parent
        if read == "get" and call is not None and call.type in ("call", "call_expression"):
            args = call.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and args.named_children else None
            read = string_content(first) if first is not None and first.type == "string" else None
    else:
        return False
    return read is not None and read != field


def _forwarded_by_importers(analysis, name: str, field: str | None,
                            owner: str | None = None) -> RelatedLocation | None:
    """The first importer call of the helper (`name`, or method `name` of class `owner` called on
    an instance the importer makes) whose result the importer sends to the client."""
    for importer_rel, language, head, stem, prefix in _importer_heads(analysis):
        callees = _local_callees(head, language, owner or name, stem)
        if not callees:
            continue
        importer = _importer_analysis(analysis, importer_rel, language, head)
        if owner is not None:
            callees = {f"{instance}.{name}" for instance in _instances(importer, callees)}
        for call in importer._calls.calls:
            callee = call.child_by_field_name("function")
            if callee is not None and node_text(callee) in callees and importer.forwards(call, _other_field(field)):
                start = SourceText(head).span(call.start_byte, call.end_byte).start
                point = Position(start.line, start.character, 0)
                return RelatedLocation(Span(point, point), f"{node_text(callee)}(…) is sent to the client here",
                                       path=prefix + importer_rel)
    return None


def _top_level_class(node: ts.Node) -> bool:
    return node.type in _CLASSES and node.child_by_field_name("name") is not None and _owner(node) is None


def _instances(importer, classes: set[str]) -> set[str]:
    """Names the importer binds to an instance of one of `classes` (`service = ChatService()`)."""
    found = set()
    for binding in importer.flow.bindings:
        value = binding.value
        while value.type in ("await", "await_expression", "parenthesized_expression") and value.named_children:
            value = value.named_children[0]
        callee = value.child_by_field_name("function") or value.child_by_field_name("constructor") \
            if value.type in ("call", "call_expression", "new_expression") else None
        if callee is not None and node_text(callee) in classes:
            found.add(binding.name)
    return found


def _local_callees(head: bytes, language: str, name: str, stem: str) -> set[str]:
    """What the importer calls the helper: `name`, its alias, or `module.name`."""
    out: set[str] = set()
    for item in imports_of(head, language):
        last = _module_stem(item.spec, language)
        for taken, local in item.names:
            if taken == name and (last == stem or last in ("", "index")):
                out.add(local)
            elif taken in ("", "default", stem) and (taken == stem or last == stem):
                out.add(f"{local}.{name}")
    return out


def _module_stem(spec: str, language: str) -> str:
    """The last part of an import's module (`..svc.assistant` -> assistant, `../lib/llm.js` -> llm)."""
    if language == "python":
        return spec.rsplit(".", 1)[-1]
    return re.sub(r"\.(mjs|cjs|js|jsx|ts|tsx|mts|cts)$", "", spec.rstrip("/").rsplit("/", 1)[-1].lstrip("."))


def _importer_analysis(analysis, rel: str, language: str, head: bytes):
    tree = parser(language).parse(head)
    ctx = ScanContext(rel, language, SourceText(head), tree, analysis.ctx.settings)
    return type(analysis)(ctx)
