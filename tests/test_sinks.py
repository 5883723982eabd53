"""The shared sink helpers behind MK004, MK005 and MK006: log callees, written parts, slices."""

from __future__ import annotations

import pytest

from mistral_keyguard.dataflow import ValueFlow, node_text
from mistral_keyguard.languages import parser
from mistral_keyguard.holdings import Holdings
from mistral_keyguard.sinks import is_log_callee, js_slice_width, slice_width, written_parts


def _expr(language: str, code: str):
    tree = parser(language).parse(code.encode())
    node = tree.root_node
    while node.named_children and node.type not in ("call", "call_expression", "subscript"):
        node = node.named_children[-1] if node.type in ("module", "program") else node.named_children[0]
    return tree, node


@pytest.mark.parametrize("code, is_log", [
    ("print(x)", True), ("logger.info(x)", True), ("logging.warning(x)", True),
    ("self.logger.debug(x)", True), ("structlog.get_logger().info(x)", True),
    ("sys.stderr.write(x)", True), ("rich.print(x)", True), ("app.logger.error(x)", True),
    ("client.chat.complete(x)", False), ("st.error(x)", False), ("res.json(x)", False),
    ("math.log(x)", False), ("dialog.info(x)", False), ("catalog.error(x)", False),
    ("logger.bind(user=1).info(x)", True), ("appLogger.info(x)", True),
])
def test_python_log_callees(code: str, is_log: bool) -> None:
    _, call = _expr("python", code)
    assert is_log_callee(call.child_by_field_name("function")) is is_log


@pytest.mark.parametrize("code, is_log", [
    ("console.log(x)", True), ("console.error(x)", True), ("request.log.info(x)", True),
    ("this.logger.warn(x)", True), ("process.stdout.write(x)", True), ("fastify.log.debug(x)", True),
    ("res.json(x)", False), ("reply.send(x)", False), ("stream.write(x)", False),
])
def test_ecma_log_callees(code: str, is_log: bool) -> None:
    _, call = _expr("javascript", code)
    assert is_log_callee(call.child_by_field_name("function")) is is_log


def test_written_parts_follow_formatting() -> None:
    _, call = _expr("python", 'log.info("a %s %s" % (k, j), f"{x!r}", "{}".format(y), json.dumps(z), {"n": w})')
    args = call.child_by_field_name("arguments").named_children
    parts = [node_text(p) for a in args for p in written_parts(a)]
    assert parts == ["k", "j", "x", "y", "z", "w"]


@pytest.mark.parametrize("code, width", [
    ("k[:4]", 4), ("k[-4:]", 4), ("k[:8]", 8), ("k[:12]", 12), ("k[2:6]", 4), ("k[4:]", None), ("k[:n]", None),
])
def test_python_slice_width(code: str, width: int | None) -> None:
    _, node = _expr("python", code)
    index = node.child_by_field_name("subscript")
    assert slice_width(index) == width


@pytest.mark.parametrize("args, method, width", [
    (["0", "4"], "slice", 4), (["-4"], "slice", 4), (["0", "12"], "substring", 12), (["2"], "slice", None),
])
def test_js_slice_width(args, method, width) -> None:
    tree = parser("javascript").parse(f"k.{method}({', '.join(args)})".encode())
    call = tree.root_node.named_children[0].named_children[0]
    assert js_slice_width(list(call.child_by_field_name("arguments").named_children), method) == width


def test_key_reason_follows_bindings_and_env() -> None:
    code = b'import os\nkey = os.environ["MISTRAL_API_KEY"]\nalias = key.strip()\nprint(alias)\nprint(len(key))\n'
    tree = parser("python").parse(code)
    holdings = Holdings("python", tree.root_node, ValueFlow("python", tree.root_node), mistral_file=True)
    calls = [n for n in _walk(tree.root_node) if n.type == "call" and node_text(n).startswith("print")]
    reasons = [holdings.key_reason(c.child_by_field_name("arguments").named_children[0]) for c in calls]
    assert reasons[0] and reasons[0].startswith("alias")
    assert reasons[1] is None


def _walk(node):
    yield node
    for child in node.named_children:
        yield from _walk(child)
