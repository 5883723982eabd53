"""A litellm `Router`'s deployments: which model groups send requests to Mistral.

`Router(model_list=[{"model_name": "chat", "litellm_params": {"model": "mistral/…"}}])` routes a
call made with `model="chat"` to that deployment. A deployment is Mistral's when its model id is
a `mistral/…` literal, or is read from a Mistral-named setting (`CONF["mistral"]["model"]`,
`settings.MISTRAL_MODEL`); another provider's id (`ollama/mistral`, `openrouter/mistralai/…`) is
not, whatever it names.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from mistral_keyguard.dataflow import node_text, string_content

_MISTRAL = re.compile(r"(?i)mistral")
_MISTRAL_ROUTE = re.compile(r"""[a-zA-Z]*["']mistral/""")
_MAX_DEPLOYMENTS = 64
_DICTS = ("dictionary",)


def deployment_groups(args: ts.Node) -> dict[str, bool]:
    """Model group name -> whether one of its deployments is Mistral's, for the deployments of a
    `Router(…)` call's arguments (dict literals only; a list built elsewhere gives nothing)."""
    groups: dict[str, bool] = {}
    for deployment in _deployments(args):
        name = _pair_value(deployment, "model_name")
        params = _pair_value(deployment, "litellm_params")
        if name is None or params is None or params.type not in _DICTS:
            continue
        group = string_content(name)
        if group is None:
            continue
        model = _pair_value(params, "model")
        groups[group] = groups.get(group, False) or (model is not None and is_mistral_model(model))
    return groups


def is_mistral_model(value: ts.Node) -> bool:
    """A deployment's model: a `mistral/…` literal, or an expression that reads a Mistral-named
    setting (a subscript, attribute or call, not a literal of another provider's route)."""
    if value.type == "string":  # `"mistral/…"`, `f"mistral/{MODEL}"`
        return bool(_MISTRAL_ROUTE.match(node_text(value)))
    if value.type not in ("subscript", "attribute", "call", "identifier"):
        return False
    return bool(_MISTRAL.search(node_text(value)))


def _deployments(args: ts.Node):
    """The dict literals of the `model_list` argument (keyword or first positional)."""
    for arg in args.named_children:
        value = arg.child_by_field_name("value") if arg.type == "keyword_argument" else arg
        name = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
        if name is not None and node_text(name) != "model_list" or value is None or value.type != "list":
            continue
        yield from (item for item in value.named_children[:_MAX_DEPLOYMENTS] if item.type in _DICTS)


def _pair_value(dictionary: ts.Node, key: str) -> ts.Node | None:
    for pair in dictionary.named_children:
        if pair.type == "pair":
            name = pair.child_by_field_name("key")
            if name is not None and string_content(name) == key:
                return pair.child_by_field_name("value")
    return None
