"""HCL (Terraform `.tf`/`.tfvars`, Nomad jobs, Packer, Terragrunt): attributes under the blocks
that hold them. `env { MISTRAL_API_KEY = "<key>" }` in a Nomad task, `variable "mistral_api_key"
{ default = "<key>" }`, `provider "mistral" { api_key = "<key>" }`, `mistral_api_key = "<key>"`
in a `.tfvars` file.

A line reader with a stack of open blocks, not a parser: we ship no HCL grammar, and a key sits
on one line. A block's type and labels are its names (`("variable", "mistral_api_key",
"default")`), so the rule reads a `default` under a Mistral-named variable as that variable's
value. Lines inside a heredoc, and any other line with a token, are free text under the open
blocks. Linear: each line is matched once by anchored patterns without nested repetition.
"""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard.formats import ConfigValue, TOKEN_BYTES

LANGUAGE = "hcl"
_LINE = re.compile(rb"[^\r\n]*")
_IDENT = rb"[A-Za-z_][\w\-.]*"
# `name = value` or `"name" = value` (a map entry); `name: value` in an object's entries.
_ATTRIBUTE = re.compile(rb'[ \t]*(?:(' + _IDENT + rb')|"([^"\r\n]*)")[ \t]*[=:](?![=>])[ \t]*')
# `env {`, `variable "name" {`, `resource "type" "name" {`: a block's type, then its labels.
_BLOCK = re.compile(rb'[ \t]*(' + _IDENT + rb')((?:[ \t]+(?:"[^"\r\n]*"|' + _IDENT + rb'))*)[ \t]*\{[ \t]*'
                    rb'(?:(?:#|//)[^\r\n]*)?$')
_LABEL = re.compile(rb'"([^"\r\n]*)"|(' + _IDENT + rb')')
_HEREDOC = re.compile(rb'<<-?[ \t]*"?(' + _IDENT + rb')"?[ \t]*$')
_STRING = re.compile(rb'"(?:[^"\\\r\n]|\\.)*"')
_COMMENT = re.compile(rb"[ \t]*(?:#|//)")


# Open levels kept: each value's path is built from them, so a hostile file of braces would make
# the read quadratic; deeper levels are not named (real HCL nests a few levels).
_MAX_DEPTH = 64


def values(data: bytes, tree=None, language: str = LANGUAGE) -> Iterator[ConfigValue]:
    stack: list[tuple[str, ...]] = []  # the names each open brace adds to the path
    heredoc: bytes | None = None
    for line in _LINE.finditer(data):
        start, end = line.span()
        text = line.group()
        if heredoc is not None:
            if text.strip() == heredoc:
                heredoc = None
            elif TOKEN_BYTES.search(text):
                yield _free_text(stack, data, start, end)
            continue
        if _COMMENT.match(text) and not TOKEN_BYTES.search(text):
            continue
        block = _BLOCK.match(text)
        if block:
            if len(stack) >= _MAX_DEPTH:
                continue
            stack.append((_decoded(block.group(1)),) + tuple(_labels(block.group(2))))
            continue
        attribute = _ATTRIBUTE.match(text)
        depth = len(stack)
        if attribute:
            yield from _attribute_values(stack, data, start + attribute.end(), end,
                                         _decoded(attribute.group(1) or attribute.group(2)))
            opener = _HEREDOC.search(text, attribute.end())
            heredoc = opener.group(1) if opener else None
        elif TOKEN_BYTES.search(text):
            yield _free_text(stack, data, start, end)
        if len(stack) == depth:  # `env = {` opened its own level
            _balance(stack, text)


def _attribute_values(stack, data: bytes, start: int, end: int, name: str) -> Iterator[ConfigValue]:
    raw = data[start:end].rstrip(b" \t")
    if raw.startswith(b"{") and raw.rstrip(b",").endswith(b"}"):
        # `env = { MISTRAL_API_KEY = "<key>" }`: the entries are free text under `env`.
        if TOKEN_BYTES.search(raw):
            yield ConfigValue(_path(stack) + (name,), raw.decode("utf-8", "replace"), start, start + len(raw))
        if raw.count(b"{") > raw.count(b"}"):
            stack.append((name,))
        return
    if raw == b"{" or raw.endswith(b"{") and not raw.startswith(b'"'):
        stack.append((name,))  # `env = {` opens a map whose entries follow
        return
    if not TOKEN_BYTES.search(raw):
        return
    text = raw.decode("utf-8", "replace")
    string = _STRING.match(raw)
    if string and string.end() == len(raw.rstrip(b",")):
        text = text[1:string.end() - 1]
    yield ConfigValue(_path(stack) + (name,), text, start, start + len(raw))


def _balance(stack: list, text: bytes) -> None:
    """Pop the levels a line closes (a lone `}`, or `})` ending an attribute's map); a line that
    opens more than it closes in a shape not read above adds nameless levels, so that the closing
    braces still pop the right ones."""
    bare = _STRING.sub(b"", text)
    net = bare.count(b"{") - bare.count(b"}")
    for _ in range(-net):
        if stack:
            stack.pop()
    stack.extend(() for _ in range(min(net, _MAX_DEPTH - len(stack))))


def _free_text(stack, data: bytes, start: int, end: int) -> ConfigValue:
    return ConfigValue(_path(stack), data[start:end].decode("utf-8", "replace"), start, end)


def _path(stack) -> tuple[str, ...]:
    return tuple(name for names in stack for name in names)


def _labels(raw: bytes) -> Iterator[str]:
    for label in _LABEL.finditer(raw):
        yield _decoded(label.group(1) if label.group(1) is not None else label.group(2))


def _decoded(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")
