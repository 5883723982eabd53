"""Follow a value inside one file: from where it is used back to the literals that reach it.

Deliberately small: assignments, declarations, dict/object literals, attribute and subscript
access, `or`/`||`/`??` defaults and env-lookup defaults. No scopes: a name resolves to every
binding of it in the file, which errs towards finding a key rather than missing it.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.languages import ECMA_LANGUAGES

_MAX_DEPTH = 8

_UNWRAP = {
    "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression",
    "type_assertion", "await", "await_expression",
}
# `secret.get_secret_value()`, `key.strip()`: the value is the object's.
# Calls that draw one item of a pool of keys, and calls that turn a list into a pool.
DRAW_CALLS = frozenset({"next", "choice"})
_POOL_WRAPPERS = frozenset({"cycle", "iter", "list", "tuple", "deque"})
_SEQUENCE_TYPES = frozenset({"list", "tuple", "array", "set"})
_MAX_ITEMS = 16
_UNWRAP_METHODS = {"get_secret_value", "strip", "trim", "toString", "valueOf", "decode", "encode"}
_STRING_PARTS = {"string_content", "string_fragment", "escape_sequence"}
_STRING_TYPES = frozenset({"string", "template_string"})
_CONCAT_TYPES = frozenset({"concatenated_string", "binary_operator", "binary_expression"})
# Expressions that resolve by their text alone (and short enough to serve as a memo key).
_NAME_TYPES = frozenset({"identifier", "shorthand_property_identifier", "attribute", "member_expression"})
_MAX_NAME_KEY = 128


# A name bound more often than this (`e`, `t` of minified code) resolves only through the bindings
# nearest the use: without scopes, following all of them made every use cost the whole file.
_MANY_BINDINGS = 16
_NEAREST = 4


def _node_key(node: ts.Node) -> ts.Node:
    return node  # nodes hash and compare by their place in the tree


def node_text(node: ts.Node) -> str:
    return node.text.decode("utf-8", "replace") if node.text is not None else ""


def string_content(node: ts.Node) -> str | None:
    """The text between the quotes of a plain string node, or None when it interpolates."""
    if node.type not in ("string", "template_string"):
        return None
    parts = []
    for child in node.children:
        if child.type in ("interpolation", "template_substitution"):
            return None
        if child.type in _STRING_PARTS:
            parts.append(node_text(child))
    return "".join(parts)


_QUOTED_NAMES = frozenset({"string", "computed_property_name"})  # name_of does more than read them


def name_of(node: ts.Node) -> str:
    """A binding's name as written, without quotes: `"api_key"` -> `api_key`."""
    if node.type == "string":
        content = string_content(node)
        return content if content is not None else node_text(node)
    if node.type == "computed_property_name":
        inner = node.named_children[0] if node.named_children else None
        return name_of(inner) if inner is not None else node_text(node)
    return node_text(node)


def last_segment(name: str) -> str:
    return name.rsplit(".", 1)[-1]


_KEY_PARENTS = ("pair", "keyword_argument")


class Binding(NamedTuple):
    name: str
    name_node: ts.Node
    value: ts.Node
    # Known from the query pattern that found it (see `_variable_patterns`), else None.
    variable: bool | None = None

    @property
    def is_variable(self) -> bool:
        """A variable, attribute or parameter; not a dict key or a keyword argument, which name a
        value without making the name refer to it elsewhere in the file."""
        if self.variable is not None:
            return self.variable
        parent = self.name_node.parent
        return parent is None or parent.type not in _KEY_PARENTS


_new_binding = tuple.__new__  # Binding(...) without its Python-level __new__: once per binding of a file
_PATTERN_HEAD = re.compile(rb"[(\s]*([a-z_]+)")


@lru_cache(maxsize=None)
def _variable_patterns(language: str) -> tuple[bool | None, ...]:
    """For each pattern of the bindings query, whether its @name is a variable: the name is a
    direct child of the pattern's outermost node, so that node's type says it (a `pair` or
    `keyword_argument` names a key). Asking each name node for its parent instead walks down
    from the root every time: a second per binding of a 5 MB bundle."""
    query = queries.compiled(language, "bindings")
    source = queries.query_source(language, "bindings").encode("utf-8")
    out: list[bool | None] = []
    for index in range(query.pattern_count):
        head = _PATTERN_HEAD.match(source, query.start_byte_for_pattern(index))
        out.append(None if head is None else head.group(1).decode() not in _KEY_PARENTS)
    return tuple(out)


class ValueFlow:
    """Resolves expressions of one parsed file to the string-bearing nodes that reach them."""

    def __init__(self, language: str, root: ts.Node):
        self.language = language
        self.ecma = language in ECMA_LANGUAGES
        self.bindings: list[Binding] = []
        self.by_name: dict[str, list[Binding]] = defaultdict(list)
        self.by_last: dict[str, list[Binding]] = defaultdict(list)
        self._resolved: dict[tuple, list[ts.Node]] = {}
        self._static_cache: dict[tuple[int, int, str], str | None] = {}
        self._class_member: dict[int, bool] = {}
        self._by_position: dict[tuple[int, str], tuple[list[int], list[Binding]]] = {}
        variable_patterns = _variable_patterns(language)
        add, by_name, by_last = self.bindings.append, self.by_name, self.by_last
        for index, caps in queries.matches(language, "bindings", root):  # hot: every binding of the file
            variable = variable_patterns[index]
            for name_node, value in zip(caps.get("name", ()), caps.get("value", ())):
                text = name_node.text
                name = name_of(name_node) if name_node.type in _QUOTED_NAMES or text is None else \
                    text.decode("utf-8", "replace")
                binding = _new_binding(Binding, (name, name_node, value, variable))
                add(binding)
                if variable or (variable is None and binding.is_variable):
                    by_name[name].append(binding)
                    by_last[name.rsplit(".", 1)[-1] if "." in name else name].append(binding)

    # -- static values -----------------------------------------------------------------

    def static_string(self, node: ts.Node) -> str | None:
        """The value of an expression made only of string literals, else None.

        Iterative, and joined once: a `"a" + "b" + …` chain is as deep as it is long."""
        node = self.unwrap(node)
        key = _node_key(node)
        if key not in self._static_cache:
            self._static_cache[key] = self._join_static(node)
        return self._static_cache[key]

    def _join_static(self, node: ts.Node) -> str | None:
        parts: list[str] = []
        stack = [node]
        while stack:
            current = self.unwrap(stack.pop())
            operands = self._operands(current)
            if operands is None:
                text = string_content(current) if current.type in _STRING_TYPES else None
                if text is None:
                    return None
                parts.append(text)
            elif not operands:
                return None
            else:
                stack.extend(reversed(operands))
        return "".join(parts)

    def _operands(self, node: ts.Node) -> list[ts.Node] | None:
        """The parts a static string is joined from, or None for a node that is not a join."""
        if node.type == "concatenated_string":
            return node.named_children
        if node.type in ("binary_operator", "binary_expression"):
            op = node.child_by_field_name("operator")
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if op is not None and node_text(op) == "+" and left is not None and right is not None:
                return [left, right]
            return []  # another operator: never static
        return None

    def unwrap(self, node: ts.Node) -> ts.Node:
        while node.type in _UNWRAP and node.named_children:
            node = node.named_children[0]
        return node

    # -- resolution --------------------------------------------------------------------

    def resolve(self, node: ts.Node | None, depth: int = 0) -> list[ts.Node]:
        """String-bearing nodes (literals, concatenations, templates) that may flow into `node`,
        following at most `_MAX_DEPTH` steps.

        Memoised by (expression, depth): the answer depends on nothing else, the depth bounds
        every cycle, and without the memo each use of a name minified code binds thousands of
        times re-walked all of its bindings."""
        if node is None or depth > _MAX_DEPTH:
            return []
        key = (self._resolve_key(node), depth)
        cached = self._resolved.get(key)
        if cached is None:
            found = self._resolve(node, depth)
            cached = self._resolved[key] = list(dict.fromkeys(found)) if len(found) > 1 else found
        return cached

    def _resolve_key(self, node: ts.Node) -> object:
        """Names resolve by their text alone, so every use of one name shares one answer (unless
        the name has so many bindings that only the nearest count)."""
        if node.type in _NAME_TYPES and node.end_byte - node.start_byte <= _MAX_NAME_KEY:
            text = node_text(node)
            if len(self.by_name.get(text, ())) <= _MANY_BINDINGS and \
                    len(self.by_last.get(last_segment(text), ())) <= _MANY_BINDINGS:
                return ("name", node.type, text)
        return node

    def _bound_to(self, member: ts.Node) -> list[Binding]:
        """Bindings of an attribute path (`self.api_key = …`). Only short paths are names: the
        text of `(function(){…}).call` is a whole bundle, read again at every level."""
        if member.end_byte - member.start_byte > _MAX_NAME_KEY:
            return []
        return self.bindings_near(self.by_name, node_text(member), member)

    def bindings_near(self, table: dict[str, list[Binding]], name: str, use: ts.Node) -> list[Binding]:
        """`table[name]`, or for a name bound very often, its bindings nearest to `use`."""
        bindings = table.get(name, ())
        if len(bindings) <= _MANY_BINDINGS:
            return list(bindings)
        ordered = self._by_position.get((id(table), name))
        if ordered is None:
            in_order = sorted(bindings, key=lambda b: b.name_node.start_byte)
            ordered = self._by_position[(id(table), name)] = (
                [b.name_node.start_byte for b in in_order], in_order)
        starts, in_order = ordered
        at = bisect.bisect_left(starts, use.start_byte)
        return in_order[max(0, at - _NEAREST):at + _NEAREST]

    def _resolve(self, node: ts.Node, depth: int) -> list[ts.Node]:
        node = self.unwrap(node)
        if self.static_string(node) is not None:
            return [node]
        kind = node.type
        out: list[ts.Node] = []
        if kind in ("string", "template_string"):
            out.append(node)  # partly static: `Bearer ${KEY}`; the substitutions resolve below
            for child in node.named_children:
                if child.type in ("interpolation", "template_substitution"):
                    out += self.resolve(child.named_children[0] if child.named_children else None, depth + 1)
        elif kind in ("concatenated_string", "binary_operator", "binary_expression", "boolean_operator"):
            for side in ("left", "right"):
                out += self.resolve(node.child_by_field_name(side), depth + 1)
            if kind == "concatenated_string":
                for child in node.named_children:
                    out += self.resolve(child, depth + 1)
        elif kind in ("conditional_expression", "ternary_expression"):
            for child in node.named_children[1:] if kind == "ternary_expression" else node.named_children:
                out += self.resolve(child, depth + 1)
        elif kind in ("identifier", "shorthand_property_identifier"):
            for binding in self.bindings_near(self.by_name, node_text(node), node):
                out += self.resolve(binding.value, depth + 1)
        elif kind in ("attribute", "member_expression"):
            out += self._resolve_member(node, depth)
        elif kind in ("subscript", "subscript_expression"):
            out += self._resolve_subscript(node, depth)
        elif kind in ("call", "call_expression"):
            out += self._resolve_call(node, depth)
        return out

    def _resolve_member(self, node: ts.Node, depth: int) -> list[ts.Node]:
        out: list[ts.Node] = []
        for binding in self._bound_to(node):
            out += self.resolve(binding.value, depth + 1)
        field = node.child_by_field_name("attribute") or node.child_by_field_name("property")
        obj = node.child_by_field_name("object")
        if field is None:
            return out
        key = node_text(field)
        for container in self.containers(obj, depth + 1):
            out += self.resolve(self.member_value(container, key), depth + 1)
        if not out:
            # self.api_key, this.apiKey, Config.MISTRAL_API_KEY: a class attribute or field.
            for binding in self.bindings_near(self.by_last, key, node):
                if binding.name != key or self._is_class_member(binding):
                    out += self.resolve(binding.value, depth + 1)
        return out

    def _resolve_subscript(self, node: ts.Node, depth: int) -> list[ts.Node]:
        obj = node.child_by_field_name("value") or node.child_by_field_name("object")
        index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
        key = self.static_string(index) if index is not None else None
        if obj is None or key is None:
            return []
        out: list[ts.Node] = []
        for container in self.containers(obj, depth + 1):
            out += self.resolve(self.member_value(container, key), depth + 1)
        return out

    def _resolve_call(self, node: ts.Node, depth: int) -> list[ts.Node]:
        fn = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if fn is None or args is None:
            return []
        name = last_segment(node_text(fn))
        positional = [a for a in args.named_children if a.type not in ("keyword_argument", "comment")]
        if name in _UNWRAP_METHODS and fn.type in ("attribute", "member_expression"):
            return self.resolve(fn.child_by_field_name("object"), depth + 1)
        if name in ("getenv", "get", "setdefault") and len(positional) >= 2:
            return self.resolve(positional[1], depth + 1)
        if name in DRAW_CALLS and positional:
            return self.resolve_items(positional[0], depth + 1)
        if name in ("str", "String", "Field", "SecretStr", "field", "from_token"):
            for arg in args.named_children:
                if arg.type == "keyword_argument" and node_text(arg.child_by_field_name("name")) == "default":
                    return self.resolve(arg.child_by_field_name("value"), depth + 1)
            return self.resolve(positional[0], depth + 1) if positional else []
        return []

    def resolve_items(self, node: ts.Node | None, depth: int = 0) -> list[ts.Node]:
        """The string items of the list a pool is drawn from: `next(cycle(KEYS))`,
        `random.choice(KEYS)` with `KEYS = ["…", "…"]` (bounded like `resolve`)."""
        if node is None or depth > _MAX_DEPTH:
            return []
        node = self.unwrap(node)
        if node.type in _SEQUENCE_TYPES:
            return [leaf for item in node.named_children[:_MAX_ITEMS] for leaf in self.resolve(item, depth + 1)]
        if node.type in ("identifier", "attribute", "member_expression"):
            return [leaf for binding in self._bound_to(node)[:_MAX_ITEMS]
                    for leaf in self.resolve_items(binding.value, depth + 1)]
        fn = node.child_by_field_name("function") if node.type in ("call", "call_expression") else None
        args = node.child_by_field_name("arguments") if fn is not None else None
        positional = [a for a in args.named_children if a.type not in ("keyword_argument", "comment")] if args else []
        if fn is not None and last_segment(node_text(fn)) in DRAW_CALLS | _POOL_WRAPPERS and positional:
            return self.resolve_items(positional[0], depth + 1)
        return []

    def _is_class_member(self, binding: Binding) -> bool:
        """Memoised per binding: one field name (`token`) can be read in thousands of places."""
        known = self._class_member.get(id(binding))
        if known is None:
            known = self._class_member[id(binding)] = self._find_class_member(binding)
        return known

    def _find_class_member(self, binding: Binding) -> bool:
        parent = binding.name_node.parent
        while parent is not None:
            if parent.type in ("class_definition", "class_body", "class_declaration", "class"):
                return True
            if parent.type in ("function_definition", "function_declaration", "arrow_function",
                               "method_definition"):
                return node_text(binding.name_node).startswith(("self.", "this."))
            parent = parent.parent
        return False

    # -- containers (dicts and objects) -------------------------------------------------

    def containers(self, node: ts.Node | None, depth: int = 0) -> list[ts.Node]:
        """Dict or object literals that `node` may evaluate to (memoised per node: without it,
        minified code where one-letter names are bound hundreds of times took exponential time)."""
        if node is None or depth > _MAX_DEPTH:
            return []
        cache = self.__dict__.setdefault("_containers_cache", {})
        key = (node.start_byte, node.end_byte, node.type)
        if key not in cache:
            cache[key] = []  # in progress: a cycle through bindings adds nothing
            cache[key] = self._containers(node, depth)
        return list(cache[key])

    def _containers(self, node: ts.Node, depth: int) -> list[ts.Node]:
        node = self.unwrap(node)
        if node.type in ("dictionary", "object"):
            return [node]
        if node.type in ("call", "call_expression"):
            fn = node.child_by_field_name("function")
            args = node.child_by_field_name("arguments")
            if fn is not None and fn.type == "identifier" and node_text(fn) == "dict" and args is not None:
                return [args]  # dict(api_key="..."): keyword arguments behave like pairs
            return []
        out: list[ts.Node] = []
        if node.type in ("identifier", "shorthand_property_identifier"):
            for binding in self.bindings_near(self.by_name, node_text(node), node):
                out += self.containers(binding.value, depth + 1)
        elif node.type in ("attribute", "member_expression"):
            for binding in self._bound_to(node):
                out += self.containers(binding.value, depth + 1)
            field = node.child_by_field_name("attribute") or node.child_by_field_name("property")
            if field is not None:
                for parent in self.containers(node.child_by_field_name("object"), depth + 1):
                    value = self.member_value(parent, node_text(field), depth + 1)
                    if value is not None:
                        out += self.containers(value, depth + 1)
        elif node.type in ("subscript", "subscript_expression"):
            index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
            key = self.static_string(index) if index is not None else None
            if key is not None:
                for parent in self.containers(node.child_by_field_name("value") or
                                              node.child_by_field_name("object"), depth + 1):
                    value = self.member_value(parent, key, depth + 1)
                    if value is not None:
                        out += self.containers(value, depth + 1)
        return out

    def member_value(self, container: ts.Node, key: str, depth: int = 0) -> ts.Node | None:
        """The value stored under `key` in a dict/object literal (spreads followed, a bounded
        number of times: `opts = { ...opts }` would otherwise never end)."""
        if depth > _MAX_DEPTH:
            return None
        for child in container.named_children:
            if child.type == "pair":
                k = child.child_by_field_name("key")
                if k is not None and name_of(k) == key:
                    return child.child_by_field_name("value")
            elif child.type == "keyword_argument":
                k = child.child_by_field_name("name")
                if k is not None and node_text(k) == key:
                    return child.child_by_field_name("value")
            elif child.type == "shorthand_property_identifier" and node_text(child) == key:
                return child
            elif child.type in ("spread_element", "dictionary_splat"):
                inner = child.named_children[0] if child.named_children else None
                for nested in self.containers(inner, depth + 1):
                    value = self.member_value(nested, key, depth + 1)
                    if value is not None:
                        return value
        return None


_TYPED_PARAMETERS = frozenset({"typed_parameter", "typed_default_parameter", "required_parameter",
                               "optional_parameter"})


def typed_parameters(root: ts.Node, language: str | None = None) -> list[tuple[str, str]]:
    """(name, annotation) of every annotated parameter under `root`, Python and TypeScript.

    With the language, one query finds them (the walk in Python costs as much as parsing); a
    language without the query has no annotations (JavaScript)."""
    if language is not None and not queries.has_query(language, "typed-parameters"):
        return []
    if language is not None:
        nodes = queries.captures(language, "typed-parameters", root).get("parameter", ())
        return [pair for node in sorted(nodes, key=lambda n: n.start_byte)
                if (pair := _typed_parameter(node)) is not None]
    # A cursor, not `named_children`: a node keeps the children it handed out, so a walk from a
    # root that its caller holds would keep the whole tree alive as Python objects (70 MB per MB).
    out = []
    cursor = root.walk()
    while True:
        if cursor.node.type in _TYPED_PARAMETERS and (pair := _typed_parameter(cursor.node)) is not None:
            out.append(pair)
        if cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return out


def _typed_parameter(node: ts.Node) -> tuple[str, str] | None:
    name = node.child_by_field_name("name") or node.child_by_field_name("pattern") or \
        (node.named_children[0] if node.named_children else None)
    type_node = node.child_by_field_name("type")
    if name is None or type_node is None:
        return None
    return node_text(name), node_text(type_node)


def first_parameter(fn: ts.Node) -> ts.Node | None:
    """A function's first parameter as written: its name, or its destructuring pattern."""
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return None
    if params.type == "identifier":
        return params
    for child in params.named_children:
        return child.child_by_field_name("pattern") or child.child_by_field_name("name") or child
    return None
