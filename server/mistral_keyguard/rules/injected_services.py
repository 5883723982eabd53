"""MK006 through a service object handed to a class's constructor by another module.

A discord.py cog, a bot command group or a controller class keeps what its constructor is given
(`def __init__(self, bot, answerer): self.answerer = answerer`) and calls it later inside a `try`
(`await self.answerer.answer(q)`). Neither its parameter's type nor its module says what the
service is: the module that builds the class does (`Ask(bot, FaqAnswerer(key))` in `main.py`).

- The builder's summary says, for each class it calls with an instance of an imported class whose
  methods reach Mistral, what that argument's methods do: `inject:Ask.1.answer` (by position, the
  constructor's `self` being 0) and `inject:Ask.answerer.answer` for a keyword argument, each a
  copy of the service method's own fact (`REACHES_MISTRAL` or `CATCHES_MISTRAL`).
- The class's module asks its importers for them (`ProjectView.forwarded_from_importers`, the
  channel Express error middlewares use; `may_take_injected_service` is the first pass's byte test)
  and reads `self.answerer.answer(…)` as the service's method.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace

import tree_sitter as ts

from mistral_keyguard.dataflow import node_text
from mistral_keyguard.prefilter import contains, swept
from mistral_keyguard.project import CATCHES_MISTRAL, REACHES_MISTRAL, ModuleFact
from mistral_keyguard.sinks import FUNCTION_TYPES, call_args, enclosing, unwrap

INJECT_PREFIX = "inject:"
_NEEDLES = swept(b"__init__", b"except")
# `self.answerer = answerer`: a constructor keeping a parameter under its own name.
_KEPT_PARAMETER = re.compile(rb"self\.(\w{1,60})[^\S\n]*=[^\S\n]*\1\b")
_METHOD_CALL = re.compile(rb"\w{1,60}\(")
_MAX_KEPT = 16
_CONSTRUCTED = re.compile(r"^[A-Z]\w*$")
_MAX_NODES = 4000
_MAX_POSITIONS = 8


def may_take_injected_service(data: bytes) -> bool:
    """The bytes may define a class keeping a constructor parameter (`self.svc = svc`) whose method
    it calls (`self.svc.answer(`) in a `try`: the first few such parameters are looked for."""
    if not all(contains(data, needle) for needle in _NEEDLES):
        return False
    for match in itertools.islice(_KEPT_PARAMETER.finditer(data), _MAX_KEPT):
        at = data.find(b"self." + match.group(1) + b".")
        while at >= 0:
            end = at + len(match.group(1)) + 6
            method = _METHOD_CALL.match(data, end)
            if method is not None:
                return True
            at = data.find(b"self." + match.group(1) + b".", end)
    return False


def injection_facts(ctx) -> Iterator[tuple[str, ModuleFact]]:
    """`inject:<Class>.<position or keyword>.<method>` for each class this module builds with an
    instance of an imported service class whose methods reach Mistral (see the module's doc)."""
    imported = ctx.project.imported if ctx.project is not None else {}
    services: dict[str, dict[str, ModuleFact]] = {}
    for name, fact in imported.items():
        owner, dot, method = name.rpartition(".")
        if dot and owner.isidentifier() and fact.kind in (REACHES_MISTRAL, CATCHES_MISTRAL):
            services.setdefault(owner, {})[method] = fact
    if ctx.language != "python" or not services:
        return
    instances = _instances(ctx, services)
    stack, seen = [ctx.root], 0
    while stack and seen < _MAX_NODES:
        node = stack.pop()
        seen += 1
        stack.extend(node.named_children)
        fn = node.child_by_field_name("function") if node.type == "call" else None
        if fn is None or fn.type != "identifier" or not _CONSTRUCTED.match(node_text(fn)):
            continue
        position = 0
        for arg in call_args(node)[:_MAX_POSITIONS]:
            if arg.type == "keyword_argument":
                slot, value = node_text(arg.child_by_field_name("name")), arg.child_by_field_name("value")
            else:
                position += 1
                slot, value = str(position), arg
            service = _service_of(unwrap(value), services, instances) if value is not None else None
            for method, fact in services.get(service, {}).items() if service else ():
                yield f"{INJECT_PREFIX}{node_text(fn)}.{slot}.{method}", replace(fact)


def _instances(ctx, services) -> dict[str, str]:
    """Names this module binds to a service instance (`answerer = FaqAnswerer(key)`)."""
    out = {}
    for binding in ctx.flow.bindings:
        value = unwrap(binding.value)
        callee = value.child_by_field_name("function") if value.type == "call" else None
        if callee is not None and node_text(callee) in services:
            out[binding.name] = node_text(callee)
    return out


def _service_of(value: ts.Node, services, instances: dict[str, str]) -> str | None:
    if value.type == "call":
        callee = value.child_by_field_name("function")
        text = node_text(callee) if callee is not None else ""
        return text if text in services else None
    if value.type == "identifier":
        return instances.get(node_text(value))
    return None


def injected_method_fact(analysis, callee: str, at: ts.Node | None) -> ModuleFact | None:
    """The fact of `self.svc.method(…)` where `self.svc` keeps a constructor parameter that the
    class's importers fill with a service instance."""
    project = analysis.ctx.project
    given: Mapping[str, ModuleFact] = project.forwarded_errors if project is not None else {}
    if analysis.language != "python" or at is None or not any(k.startswith(INJECT_PREFIX) for k in given):
        return None
    instance, _, method = callee.rpartition(".")
    owner, dot, attribute = instance.partition(".")
    if owner != "self" or not dot or "." in attribute:
        return None
    cls = enclosing(at, frozenset({"class_definition"}))
    name = cls.child_by_field_name("name") if cls is not None else None
    if name is None:
        return None
    for binding in analysis._bound_in_class(attribute, at):
        value = unwrap(binding.value)
        init = enclosing(binding.name_node, FUNCTION_TYPES)
        if value.type != "identifier" or init is None or node_text(init.child_by_field_name("name")) != "__init__":
            continue
        slots = _parameter_slots(init, node_text(value))
        for slot in slots:
            fact = given.get(f"{INJECT_PREFIX}{node_text(name)}.{slot}.{method}")
            if fact is not None:
                return fact
    return None


def _parameter_slots(init: ts.Node, parameter: str) -> tuple[str, ...]:
    """How a caller fills `parameter` of `__init__`: its position (`self` is 0) and its name."""
    params = init.child_by_field_name("parameters")
    for position, param in enumerate(params.named_children if params is not None else ()):
        node = param if param.type == "identifier" else \
            (param.child_by_field_name("name") or (param.named_children[0] if param.named_children else None))
        if node is not None and node.type == "identifier" and node_text(node) == parameter:
            return (str(position), parameter)
    return ()
