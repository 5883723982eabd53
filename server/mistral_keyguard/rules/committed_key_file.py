"""MK007 committed-key-file, and MK003 for public variables defined in `.env*` files.

The readers in `mistral_keyguard.formats` turn each file into named values; this module decides
which values are Mistral keys. Context decides: the value passes `keyshape.is_key`, and its name
mentions Mistral, or the name is a generic credential name (`API_KEY`, `TOKEN`) in a file that
configures Mistral. Names that belong to other secrets (`SESSION_SECRET`, `OPENAI_API_KEY`,
`SECRET_KEY`) never count.

Git decides for `.env*` files only: one that git ignores and does not track is the recommended
setup. A public-prefixed variable (`VITE_`, `NEXT_PUBLIC_` ...) is MK003 even there, because the
bundler copies it into the client at build time.
"""

from __future__ import annotations

import re
from dataclasses import replace
from enum import Enum
from functools import cache
from pathlib import PurePath
from typing import Callable, Iterator

from mistral_keyguard.catalogue import RULES
from mistral_keyguard import keyshape
from mistral_keyguard.finding import Finding
from mistral_keyguard.project import PUBLIC_ENV_NAMES
from mistral_keyguard.reporting import fingerprint
from mistral_keyguard.formats import (
    TOKEN_BYTES, ConfigValue, VendorHint, build_scripts, dockerfile, dotenv, hcl, ini, json_config, named_tokens, notebook, toml_config, yaml_config,
)
from mistral_keyguard.rules.checker import Checker

CODE = "MK007"
PUBLIC_ENV_CODE = "MK003"
PYTHON_CODES = frozenset({"MK004", "MK005", "MK006"})

_READERS = {
    json_config.LANGUAGE: json_config,
    yaml_config.LANGUAGE: yaml_config,
    toml_config.LANGUAGE: toml_config,
    dockerfile.LANGUAGE: dockerfile,
    ini.LANGUAGE: ini,
    hcl.LANGUAGE: hcl,
    dotenv.LANGUAGE: dotenv,
    notebook.LANGUAGE: notebook,
    **{language: build_scripts for language in build_scripts.LANGUAGES},
}

# Prefixes that make a bundler inline a variable into client code. Longest first.
PUBLIC_PREFIXES = PUBLIC_ENV_NAMES

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# Last words that make a name a credential.
_KEYISH = frozenset({"key", "keys", "apikey", "token", "tokens", "bearer", "authorization",
                     "credential", "credentials"})
# Words of names that hold another kind of secret ...
_OTHER_SECRET = frozenset({
    "secret", "secrets", "session", "cookie", "jwt", "csrf", "password", "passwd", "pwd", "signing",
    "encryption", "salt", "private", "webhook", "ssh", "gpg", "pgp", "license", "publishable",
})
# ... or another service's credential.
_OTHER_VENDOR = frozenset({
    "openai", "anthropic", "claude", "cohere", "groq", "gemini", "google", "azure", "hf",
    "huggingface", "stripe", "github", "gitlab", "aws", "slack", "discord", "telegram", "sentry",
    "firebase", "supabase", "twilio", "sendgrid", "mailgun", "pinecone", "qdrant", "weaviate",
    "langsmith", "langchain", "serpapi", "tavily", "replicate", "together", "perplexity",
    "deepseek", "xai", "mapbox", "maps", "algolia", "posthog", "datadog", "vercel", "netlify",
    "cloudflare", "notion", "airtable", "openrouter", "elevenlabs", "deepgram", "voyage", "jina",
    "fireworks", "wandb", "npm", "pypi", "docker",
})
_NOT_MISTRAL = _OTHER_SECRET | _OTHER_VENDOR
# Mistral-named settings that are not the key.
_NOT_A_KEY = frozenset({"model", "models", "url", "uri", "endpoint", "host", "base", "id", "ids",
                        "name", "version", "region", "temperature", "timeout"})
_MISTRAL = re.compile(r"(?i)mistral")
# A parent that names Mistral: its name, or a Mistral model family a sibling `model` names
# (`[assistant] model = "codestral-latest"`, read as the mapping's vendor by the format reader).
_MISTRAL_PARENT = re.compile(r"(?i)mistral|codestral|pixtral|devstral|magistral|ministral")
_MISTRAL_HOST = re.compile(r"(?i)\bapi\.mistral\.ai\b")
# A Mistral model served by a local server, named by its tag (`mistral:7b-instruct`,
# `mistral-nemo:12b`) or routed to Ollama (`ollama/mistral`): that server takes no Mistral key, so
# the mention does not make a file configure Mistral's API. A fine-tuned id (`ft:open-mistral-7b:…`)
# follows a colon and stays a mention.
_LOCAL_MODEL = re.compile(rb"(?i)\bollama(?:_chat)?/[\w-]*mistral[\w.:-]*|(?<![\w:./-])[\w-]*mistral[\w-]*:[\w.-]+")
_MISTRAL_BYTES = re.compile(rb"(?i)mistral")
# Fields that hold the value of the setting their parent names: a GitHub Action input's or a
# settings schema's `default` (`inputs: {mistral-api-key: {default: "<key>"}}`), a Heroku app.json
# env entry's `value` (`"MISTRAL_API_KEY": {"description": …, "value": "<key>"}`). A `value` beside
# a `name` field is already named by it (`formats.name_value_pair`).
_DEFAULT_FIELDS = frozenset({"default", "defaultValue", "default_value", "value", "Value"})
# The password of a connection: an HTTP connection to Mistral's API (an Airflow connection,
# `conn_host: https://api.mistral.ai`) keeps the API key there.
_PASSWORD_FIELDS = frozenset({"password", "conn_password", "passwd"})
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/=_\-]")


class NameKind(Enum):
    MISTRAL = "mistral"  # the name says Mistral
    GENERIC = "generic"  # a credential name that counts only where the file configures Mistral
    OTHER = "other"  # another service's secret
    NONE = "none"  # not a credential name


def words(name: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(name)]


def name_kind(name: str) -> NameKind:
    ws = words(name)
    if _MISTRAL.search(name):
        if any(w in _OTHER_VENDOR for w in ws):
            return NameKind.OTHER
        return NameKind.NONE if ws and ws[-1] in _NOT_A_KEY else NameKind.MISTRAL
    if any(w in _NOT_MISTRAL for w in ws):
        return NameKind.OTHER
    if ws and (ws[-1] in _KEYISH or name.lower().endswith(("apikey", "api_key"))):
        return NameKind.GENERIC
    return NameKind.NONE


def path_kind(path: tuple[str, ...]) -> NameKind:
    """The last name decides; a generic last name takes the vendor named by its parents
    (`mistral.apiKey` is Mistral's, `openai.api_key` is not)."""
    if not path:
        return NameKind.NONE
    if path[-1] in _DEFAULT_FIELDS and len(path) > 1:
        return path_kind(path[:-1])
    if path[-1] in _PASSWORD_FIELDS and len(path) > 1 and _MISTRAL_HOST.search(path[-2]):
        return NameKind.MISTRAL  # the parent here is the connection's host (`vendor_hint`)
    kind = name_kind(path[-1])
    if kind is not NameKind.GENERIC:
        return kind
    for parent in reversed(path[:-1]):
        if _MISTRAL_PARENT.search(parent):
            return NameKind.MISTRAL
        if any(w in _OTHER_VENDOR for w in words(parent)):
            return NameKind.OTHER
    return NameKind.GENERIC


def public_prefix(name: str) -> str | None:
    return next((p for p in PUBLIC_PREFIXES if name.startswith(p) and len(name) > len(p)), None)


def in_base64_blob(text: str, start: int, end: int) -> bool:
    """A token that is a slice of a longer base64 run (an image, an integrity hash) is no key."""
    left = start
    while left > 0 and _BASE64_RUN.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and _BASE64_RUN.match(text[right]):
        right += 1
    run = text[left:right]
    return right - left > 44 and any(c in run for c in "+/")


def keys_in_value(value: ConfigValue, mistral_name: bool = False) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """(names leading to the key, key, index of the key in the value's text).

    A digit-free token is a key only as the whole value of a Mistral-named setting (`mistral_name`
    says the caller already checked the name, as for `.env` lines)."""
    for inner, token, offset in named_tokens(value.text):
        if in_base64_blob(value.text, offset, offset + len(token)) or \
                keyshape.in_longer_token(value.text, offset, offset + len(token)):  # `lsk_<32>`, a URL path
            continue
        path = value.path
        if inner and inner != token and name_kind(inner) is not NameKind.NONE:
            path = path + (inner,)
        strong = token == value.text.strip().strip("'\"") and (mistral_name or path_kind(path) is NameKind.MISTRAL)
        if keyshape.is_key(token, strong):
            yield path, token, offset


def key_byte_span(data: bytes, value: ConfigValue, key: str, offset: int) -> tuple[int, int]:
    """Where the key sits in the file. Keys are letters and digits, never escaped, so the n-th
    copy in the decoded value is the n-th copy in the raw bytes."""
    nth = value.text.count(key, 0, offset)
    raw = key.encode()
    at = value.start - 1
    for _ in range(nth + 1):
        at = data.find(raw, at + 1, value.end)
        if at < 0:
            return value.start, value.end
    return at, at + len(raw)


def configures_mistral(ctx) -> Callable[[], bool]:
    """Whether the file configures Mistral, asked only when a generic name needs it: the file
    names Mistral, or (for `.env*`, which rarely does) the project uses Mistral."""
    @cache
    def answer() -> bool:
        if ctx.mentions_mistral and names_mistral_api(ctx.source.data):
            return True
        project = ctx.project
        if ctx.language == dotenv.LANGUAGE and project is not None:
            talks = getattr(project, "talks_to_mistral", None)
            if talks is not None:
                return bool(talks())
            return any(_MISTRAL.search(text) for text in project.manifests.values())
        return False

    return answer


def names_mistral_api(data: bytes) -> bool:
    """The file names Mistral other than as a local server's model."""
    return bool(_MISTRAL_BYTES.search(_LOCAL_MODEL.sub(b"", data)))


def counts(kind: NameKind, mistral_file: Callable[[], bool]) -> bool:
    return kind is NameKind.MISTRAL or (kind is NameKind.GENERIC and mistral_file())


def _display(path: tuple[str, ...]) -> str:
    """`services.api.environment.MISTRAL_API_KEY`; deep paths keep their last four names. The
    service a sibling field names (`VendorHint`) is no name of the file: left out."""
    path = tuple(name for name in path if not isinstance(name, VendorHint))
    shown = ".".join(path[-4:])
    return f"….{shown}" if len(path) > 4 else shown


def check_config(ctx) -> Iterator[Finding]:
    """JSON, YAML, TOML, INI and Dockerfile: a Mistral key is MK007 whatever git says."""
    reader = _READERS[ctx.language]
    if _ignored_sniffed_file(ctx):
        return
    mistral_file = configures_mistral(ctx)
    for value in reader.values(ctx.source.data, ctx.tree, ctx.language):
        for path, key, offset in keys_in_value(value):
            if counts(path_kind(path), mistral_file):
                start, end = key_byte_span(ctx.source.data, value, key, offset)
                where = f" — {_display(path) or 'a value'} holds it"
                yield ctx.finding(CODE, start, end, where=where, key=key)


# Terraform variable files: `terraform.tfvars` kept out of git is where Terraform's docs put secrets.
_LOCAL_VALUE_SUFFIXES = (".tfvars", ".tfvars.json")


def _ignored_sniffed_file(ctx) -> bool:
    """A local values file that git ignores and does not track: the copy its tool's docs tell users
    to keep out of the repository. A JSON file known by its content alone (no extension: AutoGen's
    `OAI_CONFIG_LIST`), or a Terraform variable file (`terraform.tfvars`, `prod.auto.tfvars`)."""
    project = ctx.project
    path = PurePath(ctx.path)
    local = (ctx.language == json_config.LANGUAGE and not path.suffix) or \
        path.name.lower().endswith(_LOCAL_VALUE_SUFFIXES)
    return local and bool(project and project.git_ignored and not project.git_tracked)


def check_dotenv(ctx) -> Iterator[Finding]:
    """`.env*`: MK007 unless git ignores the file; a public prefix is MK003 in any case."""
    project = ctx.project
    ignored = bool(project and project.git_ignored and not project.git_tracked)
    mistral_file = configures_mistral(ctx)
    for value in dotenv.values(ctx.source.data):
        name = value.name
        prefix = public_prefix(name)
        bare = name[len(prefix):] if prefix else name
        if not counts(name_kind(bare), mistral_file):
            continue
        for _, key, offset in keys_in_value(ConfigValue((), value.text, value.start, value.end),
                                            mistral_name=name_kind(bare) is NameKind.MISTRAL):
            start, end = key_byte_span(ctx.source.data, value, key, offset)
            if prefix:
                where = f" — {name} is defined with the key here, and its {prefix} prefix makes it public"
                yield ctx.finding(PUBLIC_ENV_CODE, start, end, where=where, key=key)
            if not ignored:
                yield ctx.finding(CODE, start, end, where=_dotenv_where(name, project), key=key)


def _dotenv_where(name: str, project) -> str:
    if project is not None and project.git_tracked and project.rel_path:
        # .gitignore does not untrack a committed file; history keeps the key whatever happens next.
        return (f" — {name} in {project.rel_path}, which is committed to git: rotate the key, and"
                f" `git rm --cached {project.rel_path}` stops tracking the file (old commits keep it)")
    return f" — {name} in a .env file that git does not ignore"


CONFIG_LANGUAGES = frozenset({json_config.LANGUAGE, yaml_config.LANGUAGE, toml_config.LANGUAGE,
                              dockerfile.LANGUAGE, ini.LANGUAGE, hcl.LANGUAGE, *build_scripts.LANGUAGES})
_KEY_TOKEN = keyshape.EMBEDDED_BYTES


def check_notebook(ctx) -> Iterator[Finding]:
    """A key literal anywhere a person wrote or a run printed is MK007 (not MK001); code cells
    also go through the Python rules for MK004-MK006, positions mapped back to the JSON lines."""
    mistral_file = ctx.mentions_mistral
    for value in notebook.values(ctx.source.data, ctx.tree):
        for path, key, offset in keys_in_value(value):
            kind = path_kind(path[2:])
            if kind is NameKind.OTHER or (kind is not NameKind.MISTRAL and not mistral_file):
                continue
            start, end = key_byte_span(ctx.source.data, value, key, offset)
            place = "a saved output" if value.path[1] == "output" else f"a {value.path[0]} cell"
            if value.text.lstrip().startswith(("%env", "%set_env")):
                place = "a %env magic"
            where = f" — in {place} of the notebook"
            yield ctx.finding(CODE, start, end, where=where, key=key)
    yield from _python_cell_findings(ctx)


def _python_cell_findings(ctx) -> Iterator[Finding]:
    if not any(ctx.settings.enabled(code) for code in PYTHON_CODES):
        return
    program = notebook.python_program(ctx.tree)
    if not program.code.strip():
        return
    # MK001 is left out: in a notebook the literal is the MK007 reported above.
    settings = replace(ctx.settings, ignore=ctx.settings.ignore | {"MK001"})
    result = ctx.scan_text(ctx.path, program.code, settings, language="python", project=ctx.project)
    for finding in result.findings:
        if finding.code in PYTHON_CODES:
            yield _relocated(ctx, finding, program)


def _file_span(ctx, span, program: notebook.PythonProgram):
    start = program.to_file(span.start.byte)
    end = program.to_file(max(span.end.byte - 1, span.start.byte)) + 1
    return ctx.source.span(start, max(start, end))


def _relocated(ctx, finding: Finding, program: notebook.PythonProgram) -> Finding:
    span = _file_span(ctx, finding.span, program)
    related = tuple(replace(r, span=_file_span(ctx, r.span, program)) if r.path is None else r
                    for r in finding.related)
    line_text = ctx.source.line_text(span.start.line)
    return replace(finding, span=span, related=related,
                   fingerprint=fingerprint(finding.code, ctx.path, line_text, None))


CHECKERS = (
    Checker(CODE, CONFIG_LANGUAGES, TOKEN_BYTES, check_config),
    Checker(CODE, frozenset({dotenv.LANGUAGE}), _KEY_TOKEN, check_dotenv,
            also_codes=frozenset({PUBLIC_ENV_CODE})),
    Checker(CODE, frozenset({notebook.LANGUAGE}), re.compile(rb"(?i:mistral)|" + _KEY_TOKEN.pattern),
            check_notebook, also_codes=PYTHON_CODES),
)


def as_notebook_findings(findings: list[Finding], settings) -> list[Finding]:
    """Findings of code cells scanned as one Python program (the editor's open notebook): a key
    literal there is MK007, as it is for the notebook file on disk, not MK001."""
    rule = RULES[CODE]
    out = []
    for finding in findings:
        if finding.code != "MK001":
            out.append(finding)
        elif settings.enabled(CODE):
            message = rule.message.format(key=finding.masked_key or "", where=" — a key literal in a notebook cell")
            out.append(replace(finding, code=CODE, name=rule.name, severity=settings.severity_of(CODE),
                               message=message, fixes=()))
    return out
