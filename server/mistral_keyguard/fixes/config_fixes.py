"""MK007 and the `.env` side of MK003: configuration files that hold the key.

- "Add this file to .gitignore" (MK007, `.env*` files, where git-ignoring ends the leak; the
  message already says to rotate a key that was ever committed).
- "Pass the key at run time" (MK007, Dockerfiles): the `ENV`/`ARG` that bakes the key into the
  image goes, with a comment on `docker run -e` and build secrets; a `RUN` step reads a build
  secret instead of the literal.
- "Rename to a server-only variable" (MK003 in `.env*`): `VITE_MISTRAL_API_KEY=` becomes
  `MISTRAL_API_KEY=` here and in the project's other `.env*` files.
"""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard.finding import TextEdit
from mistral_keyguard.fixes import project as proj
from mistral_keyguard.fixes.draft import Draft
from mistral_keyguard.fixes.proxy_fix import remove_item
from mistral_keyguard.fixes.source import indent_of

_DOTENV_NAME = re.compile(rb"^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.\-]*)(\s*[=:])", re.M)
_SECRET_ID = "mistral_api_key"


def _line_bounds(data: bytes, byte: int) -> tuple[int, int]:
    start = data.rfind(b"\n", 0, byte) + 1
    end = data.find(b"\n", byte)
    return start, (len(data) if end == -1 else end + 1)


def gitignore(ctx, finding) -> Iterator[Draft]:
    """Ignore the file; a committed one must also leave git's index (`git rm --cached`), which
    only an explicit, unsafe fix does: the key stays in history and must be rotated."""
    if ctx.language != "dotenv" or ctx.project is None or not ctx.project.rel_path:
        return
    rel = ctx.project.rel_path
    entry = proj.gitignore_entry(ctx, rel)
    edits = (entry,) if isinstance(entry, TextEdit) else ()
    creations = (entry,) if entry is not None and not edits else ()
    if ctx.project.git_tracked:
        yield Draft("untrack", edits, creations, untrack=(proj.project_path(ctx, rel),),
                    title=f"Stop tracking {rel} (git rm --cached) and ignore it; old commits keep the key: rotate it")
    elif entry is not None:
        yield Draft("gitignore", edits, creations)


# -- Dockerfile ---------------------------------------------------------------------------------


def _instruction(data: bytes, byte: int) -> tuple[int, int]:
    """Byte range of the whole Dockerfile instruction (continuation lines included) at `byte`."""
    start, end = _line_bounds(data, byte)
    while start > 0:
        prev_start, _ = _line_bounds(data, start - 1)
        if not data[prev_start:start].rstrip(b"\r\n").endswith(b"\\"):
            break
        start = prev_start
    while data[start:end].rstrip(b"\r\n").endswith(b"\\") and end < len(data):
        _, end = _line_bounds(data, end)
    return start, end


def _tokens(text: bytes, offset: int) -> list[tuple[int, int]]:
    """(start, end) of whitespace-separated tokens, quotes respected, line continuations skipped."""
    out, i, n = [], 0, len(text)
    while i < n:
        while i < n and (text[i:i + 1].isspace() or (text[i:i + 1] == b"\\" and text[i + 1:i + 2] in (b"\n", b"\r"))):
            i += 1
        if i >= n:
            break
        start, quote = i, None
        while i < n:
            ch = text[i:i + 1]
            if quote:
                if ch == quote:
                    quote = None
            elif ch in (b'"', b"'"):
                quote = ch
            elif ch.isspace() or (ch == b"\\" and text[i + 1:i + 2] in (b"\n", b"\r")):
                break
            i += 1
        out.append((offset + start, offset + i))
    return out


def _runtime_comment(name: str) -> str:
    return (f"# {name} is not baked into the image: pass it when the container starts\n"
            f"# (docker run -e {name} ..., or `environment:` in compose). A build step that needs\n"
            f"# it reads a build secret: RUN --mount=type=secret,id={_SECRET_ID} ...\n")


def docker_runtime(ctx, finding) -> Iterator[Draft]:
    if ctx.language != "dockerfile":
        return
    data = ctx.source.data
    key_start, key_end = finding.span.start.byte, finding.span.end.byte
    start, end = _instruction(data, key_start)
    tokens = _tokens(data[start:end], start)
    if not tokens:
        return
    keyword = data[tokens[0][0]:tokens[0][1]].upper()
    if keyword in (b"ENV", b"ARG"):
        yield Draft("docker-runtime", tuple(_drop_variable(data, start, end, tokens, key_start)))
    elif keyword == b"RUN":
        edits = [TextEdit(key_start, key_end, f"$(cat /run/secrets/{_SECRET_ID})")]
        if f"id={_SECRET_ID}".encode() not in data[start:end]:
            edits.insert(0, TextEdit(tokens[0][1], tokens[0][1], f" --mount=type=secret,id={_SECRET_ID}"))
        yield Draft("docker-runtime", tuple(edits))


def _drop_variable(data: bytes, start: int, end: int, tokens, key_start: int) -> list[TextEdit]:
    args = tokens[1:]
    holder = next((t for t in args if t[0] <= key_start < t[1]), None)
    pairs = [t for t in args if b"=" in data[t[0]:t[1]]]
    legacy = bool(args) and b"=" not in data[args[0][0]:args[0][1]]
    name_token = args[0] if legacy else holder
    raw = data[name_token[0]:name_token[1]] if name_token else b"MISTRAL_API_KEY"
    name = raw.split(b"=", 1)[0].decode("utf-8", "replace").strip("\"'") or "MISTRAL_API_KEY"
    comment = _runtime_comment(name)
    if legacy or holder is None or len(pairs) <= 1:
        return [TextEdit(start, end, comment)]
    # Several variables in one instruction: drop only the pair with the key.
    cut_start = holder[0]
    while cut_start > start and data[cut_start - 1:cut_start] in (b" ", b"\t"):
        cut_start -= 1
    line_start, line_end = _line_bounds(data, holder[0])
    rest_of_line = data[holder[1]:line_end].strip()
    if data[line_start:holder[0]].strip() == b"" and rest_of_line in (b"\\", b""):
        if rest_of_line == b"":  # last line of the instruction: the previous line loses its `\`
            prev_end = line_start - 1
            backslash = data.rfind(b"\\", start, prev_end)
            return [TextEdit(start, start, comment), TextEdit(backslash, line_end - (1 if data.endswith(b"\n") or line_end < len(data) else 0), "")]
        return [TextEdit(start, start, comment), TextEdit(line_start, line_end, "")]
    return [TextEdit(start, start, comment), TextEdit(cut_start, holder[1], "")]


# -- docker compose ------------------------------------------------------------------------------

_COMPOSE_NAME = re.compile(r"^(docker-)?compose([.-][\w.-]+)?\.ya?ml$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def compose_runtime(ctx, finding) -> Iterator[Draft]:
    """`MISTRAL_API_KEY: "<key>"` in a compose file -> `"${MISTRAL_API_KEY}"`, the key in the
    git-ignored `.env` beside it, which compose reads for interpolation."""
    project = ctx.project
    if ctx.language != "yaml" or project is None or not project.rel_path or "/" in project.rel_path \
            or not _COMPOSE_NAME.match(project.rel_path):
        return
    data = ctx.source.data
    start, end = finding.span.start.byte, finding.span.end.byte
    key = data[start:end].decode("utf-8", "replace")
    quote = data[start - 1:start]
    if quote in (b'"', b"'") and data[end:end + 1] == quote:
        start, end = start - 1, end + 1
    else:
        quote = b'"'
    line_start, _ = _line_bounds(data, start)
    before = data[line_start:start].decode("utf-8", "replace")
    mapped = re.search(r"([A-Za-z_][A-Za-z0-9_]*)['\"]?\s*:\s*$", before)
    listed = re.search(r"-\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)=$", before)
    if mapped:
        name = mapped.group(1)
        new = f"{quote.decode()}${{{name}}}{quote.decode()}"
    elif listed and data[start:start + 1] not in (b'"', b"'"):
        name = listed.group(1)
        new = f"${{{name}}}"
    else:
        return
    edits: list = [TextEdit(start, end, new)]
    entry = proj.env_entry(ctx, name, key)
    ignore = proj.gitignore_entry(ctx, ".env")
    extra = [e for e in (entry, ignore) if e is not None]
    yield Draft("docker-runtime", tuple(edits + [e for e in extra if isinstance(e, TextEdit)]),
                tuple(e for e in extra if not isinstance(e, TextEdit)))


# -- MK003 in .env files --------------------------------------------------------------------------


_ENV_READ = re.compile(r"^(import\.meta\.env|process\.env)\.([A-Za-z_][A-Za-z0-9_]*)$")
_PUBLIC_MODULE = re.compile(r"""^(['"])\$env/(static|dynamic)/public\1$""")


def rename_private_in_code(ctx, finding) -> Iterator[Draft]:
    """`import.meta.env.VITE_MISTRAL_API_KEY` -> `process.env.MISTRAL_API_KEY` (and in `.env*`);
    SvelteKit `$env/static/public` imports -> `$env/static/private` with the names renamed."""
    if ctx.tree is None:
        return
    node = ctx.root.named_descendant_for_byte_range(finding.span.start.byte, finding.span.end.byte)
    nuxt = _nuxt_public_pair(node)
    if nuxt is not None:
        yield from _move_nuxt_public(ctx, *nuxt)
        return
    while node is not None and node.type not in ("member_expression", "import_statement", "subscript_expression"):
        node = node.parent
    if node is None:
        return
    if node.type == "import_statement":
        yield from _rename_sveltekit_import(ctx, node)
        return
    while node.parent is not None and node.parent.type == "member_expression" and \
            node.parent.child_by_field_name("object") == node and _ENV_READ.match(text_of(node.parent)):
        node = node.parent
    match = _ENV_READ.match(text_of(node))
    if match is None or not proj.is_public_env_name(match.group(2)):
        return
    public = match.group(2)
    private = proj.server_only_name(public)
    edits = [TextEdit(node.start_byte, node.end_byte, f"process.env.{private}")]
    edits += proj.rename_in_env_files(ctx, public, private)
    yield Draft("rename-private", tuple(edits))


def _nuxt_public_pair(node):
    """(pair, public object, runtimeConfig object) for a value in `runtimeConfig.public`."""
    pair = node
    while pair is not None and pair.type != "pair":
        pair = pair.parent
    public_obj = pair.parent if pair is not None else None
    public_pair = public_obj.parent if public_obj is not None else None
    config_obj = public_pair.parent if public_pair is not None else None
    config_pair = config_obj.parent if config_obj is not None else None
    if public_pair is None or public_pair.type != "pair" or config_pair is None or config_pair.type != "pair":
        return None
    if text_of(public_pair.child_by_field_name("key")) != "public" or \
            text_of(config_pair.child_by_field_name("key")) != "runtimeConfig":
        return None
    return pair, public_obj, config_obj, public_pair


def _move_nuxt_public(ctx, pair, public_obj, config_obj, public_pair) -> Iterator[Draft]:
    """Nuxt: `runtimeConfig.public.mistralApiKey` moves up to the server-only `runtimeConfig`."""
    data = ctx.source.data
    key = text_of(pair.child_by_field_name("key"))
    edits = [remove_item(data, pair)]
    private_keys = {text_of(p.child_by_field_name("key")) for p in config_obj.named_children if p.type == "pair"}
    if key not in private_keys:
        value = re.sub(r"\bNUXT_PUBLIC_", "NUXT_", text_of(pair.child_by_field_name("value")))
        line_start = data.rfind(b"\n", 0, public_pair.start_byte) + 1
        indent = indent_of(data, public_pair.start_byte)
        edits.append(TextEdit(line_start, line_start, f"{indent}{key}: {value},\n"))
    yield Draft("rename-private", tuple(sorted(edits, key=lambda e: e.start)))


def _rename_sveltekit_import(ctx, statement) -> Iterator[Draft]:
    source = statement.child_by_field_name("source")
    if source is None or not _PUBLIC_MODULE.match(text_of(source)):
        return
    edits = [TextEdit(source.start_byte, source.end_byte, text_of(source).replace("/public", "/private"))]
    renames: dict[str, str] = {}
    for spec in _descendants(statement, "import_specifier"):
        name = spec.child_by_field_name("name")
        alias = spec.child_by_field_name("alias")
        public = text_of(name)
        private = proj.server_only_name(public)
        if private == public:
            continue
        edits.append(TextEdit(name.start_byte, name.end_byte, private))
        if alias is None:
            renames[public] = private
        edits += proj.rename_in_env_files(ctx, public, private)
    for ident in _descendants(ctx.root, "identifier"):
        if text_of(ident) in renames and not (statement.start_byte <= ident.start_byte < statement.end_byte):
            edits.append(TextEdit(ident.start_byte, ident.end_byte, renames[text_of(ident)]))
    yield Draft("rename-private", tuple(sorted(set(edits), key=lambda e: e.start)))


def _descendants(node, kind: str):
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == kind:
            yield current
        stack.extend(current.named_children)


def text_of(node) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def rename_private(ctx, finding) -> Iterator[Draft]:
    if ctx.language in ("javascript", "typescript", "tsx"):
        yield from rename_private_in_code(ctx, finding)
        return
    if ctx.language != "dotenv":
        return
    data = ctx.source.data
    line_start, line_end = _line_bounds(data, finding.span.start.byte)
    match = _DOTENV_NAME.match(data, line_start, line_end)
    if match is None:
        return
    public = match.group(2).decode()
    private = proj.server_only_name(public)
    if private == public:
        return
    name_start, name_end = match.start(2), match.end(2)
    own_text = data.decode("utf-8", "replace")
    value = proj.env_value(own_text, public) or ""
    free = proj.free_env_name(own_text, private, value)
    title = None
    if free == private and proj.defines(own_text, private):
        edits = [TextEdit(line_start, line_end, "")]  # the server-only name holds this value already
    else:
        edits = [TextEdit(name_start, name_end, free)]
        if free != private:  # never drop a value: the server-only name holds another one
            title = f"Rename {public} to {free} ({private} holds another value)"
    edits += proj.rename_in_env_files(ctx, public, private)
    yield Draft("rename-private", tuple(edits), title=title)
