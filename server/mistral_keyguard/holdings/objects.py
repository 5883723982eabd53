"""Objects that carry the key when written whole: a dict/object literal with a key field, an
argparse namespace, a settings object (MK005)."""

from __future__ import annotations

import re
from functools import cached_property

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment, node_text
from mistral_keyguard.holdings.base import AUTH_HEADER, is_key_name, string_value
from mistral_keyguard.holdings.keys import KeyFacts
from mistral_keyguard.sinks import unwrap


class ObjectFacts(KeyFacts):

    def object_reason(self, node: ts.Node) -> str | None:
        """A dict/object, argparse namespace or settings object that carries the key."""
        text = node_text(node)
        for container in self.containers(node):
            for child in container.named_children:
                key = child.child_by_field_name("key") or child.child_by_field_name("name")
                if child.type == "shorthand_property_identifier":
                    key = child
                if key is None:
                    continue
                name = node_text(key).strip("'\"`")
                if AUTH_HEADER.match(name) or name.lower() == "headers":
                    continue
                value = child.child_by_field_name("value") or child
                if is_key_name(name, self.mistral_file) and (child.type == "shorthand_property_identifier"
                                                             or self.key_reason(value, 1)):
                    return f"{text}, an object holding the key"
        field = self._key_field_read_on(text)
        if field is not None:
            return f"{text}, an object holding the key (its {field} is read in this file)"
        for binding in self.flow.by_name.get(text, ()):
            value = unwrap(binding.value)
            if value.type not in ("call", "call_expression"):
                continue
            callee = node_text(value.child_by_field_name("function"))
            if last_segment(callee) == "parse_args" and self._argparse_has_key():
                return f"{text}, the parsed arguments (they hold --api-key)"
            if self.mistral_file and re.search(r"(?i)(^|\.)(get_?)?(settings|config)$|Settings$", callee) \
                    and self._settings_hold_key():
                return f"{text}, a settings object holding the key"
        return None

    def _key_field_read_on(self, name: str) -> str | None:
        """A key field read on `name` somewhere in the file (`config.apiKey`, `cfg["api_key"]`):
        evidence that the whole object, logged, shows the key."""
        return self._key_fields_read.get(name)

    @cached_property
    def _key_fields_read(self) -> dict[str, str]:
        """Object text -> a key field read on it, from one walk of the file."""
        found: dict[str, str] = {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            if node.type not in ("attribute", "member_expression", "subscript", "subscript_expression"):
                continue
            obj = node.child_by_field_name("object") or node.child_by_field_name("value")
            field = node.child_by_field_name("attribute") or node.child_by_field_name("property")
            if field is None:
                index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
                key = string_value(self.flow, index) if index is not None else None
            else:
                key = node_text(field)
            if obj is None or not key or not is_key_name(key, self.mistral_file):
                continue
            name = node_text(obj)
            if name not in found and not self._is_secret_str(key):
                found[name] = key
        return found

    def _argparse_has_key(self) -> bool:
        return bool(re.search(rb"add_argument\(\s*['\"]--[\w-]*(key|token)['\"]", self.root.text or b""))

    def _settings_hold_key(self) -> bool:
        data = self.root.text or b""
        return bool(re.search(rb"(?i)mistral_?api_?key|\bapi_key\s*:", data)) and b"SecretStr" not in data
