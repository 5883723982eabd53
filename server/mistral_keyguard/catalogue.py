"""The rule catalogue: the single source of rule facts for the CLI, the server, SARIF and the docs."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

DOCS_BASE_URL = "https://github.com/mistral-keyguard/mistral-keyguard/blob/main/docs/rules.md"
ROTATE_URL = "https://console.mistral.ai/api-keys"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    HINT = "hint"


@dataclass(frozen=True)
class FixSpec:
    """A fix a rule can offer. `safe` fixes keep behaviour when the environment provides the key."""

    id: str
    title: str
    safe: bool


@dataclass(frozen=True)
class RuleSpec:
    code: str
    name: str
    severity: Severity
    message: str
    summary: str
    documentation: str
    languages: tuple[str, ...]
    fixes: tuple[FixSpec, ...] = field(default_factory=tuple)

    @property
    def docs_url(self) -> str:
        return f"{DOCS_BASE_URL}#{self.code.lower()}-{self.name}"


CODE_LANGUAGES = ("python", "javascript", "typescript", "tsx")
WEB_LANGUAGES = CODE_LANGUAGES + ("html", "vue", "svelte")
CONFIG_FORMATS = ("dotenv", "json", "yaml", "toml", "ini", "dockerfile", "notebook")

_RULES = (
    RuleSpec(
        code="MK001",
        name="hardcoded-key",
        severity=Severity.ERROR,
        message=("Hardcoded Mistral API key ({key}){where}. Anyone who can read this code can use it: "
                 "read it from the environment, and rotate it because it was committed or shipped "
                 "(https://console.mistral.ai/api-keys)"),
        summary="A Mistral API key literal in code.",
        languages=WEB_LANGUAGES,
        fixes=(
            FixSpec("env-read", "Read MISTRAL_API_KEY from the environment", safe=True),
            FixSpec("env-move", "Move the key to .env and load it", safe=False),
        ),
        documentation="""\
What: a string literal shaped like a Mistral API key (32 random letters and digits) that is
passed to a Mistral client, assigned to a Mistral-ish name, written into or used as a default
for the environment, put in an `Authorization: Bearer` header for api.mistral.ai, or bound to
a generic name that reaches one of those places. Commented-out code counts too.

Why it is dangerous: anyone who can read the repository, a package, a bundle or a log of it
can call Mistral on your account. Git history keeps the key after the line is deleted, so a key
that was ever committed or shipped must be rotated at https://console.mistral.ai/api-keys.

How to fix: read the key from the environment (`os.environ["MISTRAL_API_KEY"]`,
`process.env.MISTRAL_API_KEY`), keep it in a git-ignored `.env`, then rotate the old key.

Example (flagged):
    client = Mistral(api_key="<32-character key>")
Example (clean):
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
""",
    ),
    RuleSpec(
        code="MK002",
        name="frontend-direct-call",
        severity=Severity.ERROR,
        message=("Client-side code calls the Mistral API directly{where}. The key travels to every user's "
                 "device: call your own server route, which adds the key"),
        summary="Browser or mobile-app code that calls api.mistral.ai or builds a Mistral client.",
        languages=WEB_LANGUAGES,
        fixes=(FixSpec("proxy", "Route through a server proxy", safe=False),),
        documentation="""\
What: code that runs on users' devices (a browser page, a React/Vue/Svelte component, a React
Native or Expo app) calls api.mistral.ai with fetch, axios, XMLHttpRequest, EventSource, ky or
ofetch, or instantiates `@mistralai/mistralai`, LangChain's `ChatMistralAI` or `createMistral`.
Where code runs is decided from its content and place in the project ("use client", component
imports, `window`/`document`, `pages/` vs `pages/api`, App Router Server Components, `+server.ts`,
`server-only`, Node and server-framework imports ...); the message says which signal decided.
Code that is neither clearly client nor server is not reported. The `clientGlobs` and
`serverGlobs` settings override the verdict for paths you know better.

Why it is dangerous: the request needs the key, so the key ships with the bundle, where every
visitor can read it in the network tab or by unpacking the app.

How to fix: call your own server route (`/api/mistral/chat`) and let the server add the key
from its environment. Add authentication and rate limiting to that route.

Example (flagged, in a React component):
    fetch("https://api.mistral.ai/v1/chat/completions", { headers: { Authorization: `Bearer ${key}` } })
Example (clean):
    fetch("/api/mistral/chat", { method: "POST", body: JSON.stringify({ messages }) })
""",
    ),
    RuleSpec(
        code="MK003",
        name="public-env-key",
        severity=Severity.ERROR,
        message=("Mistral API key read through a bundler-public variable{where}. The bundler inlines it "
                 "into every visitor's bundle: use a server-only variable behind a server proxy, and rotate the key"),
        summary="The key in a VITE_, NEXT_PUBLIC_, REACT_APP_, EXPO_PUBLIC_ ... variable.",
        languages=WEB_LANGUAGES + ("dotenv",),
        fixes=(
            FixSpec("proxy", "Route through a server proxy", safe=False),
            FixSpec("rename-private", "Rename to a server-only variable", safe=False),
        ),
        documentation="""\
What: the Mistral key read through a variable that the bundler inlines into the client bundle
(`import.meta.env.VITE_*`, `process.env.NEXT_PUBLIC_*`, `REACT_APP_*`, `EXPO_PUBLIC_*`,
`VUE_APP_*`, `GATSBY_*`, `NUXT_PUBLIC_*`, SvelteKit `$env/static/public` and
`$env/dynamic/public`, Nuxt `runtimeConfig.public`, Vite `define` and webpack `DefinePlugin`),
or such a variable defined with a key in a `.env*` file. A read counts when the name says
"Mistral key" or when the value reaches a Mistral client or the Authorization of a request to
api.mistral.ai; only the read is reported, not later uses of it.

Why it is dangerous: the prefix tells the bundler to copy the value into every visitor's
JavaScript. It is public the moment the site is built, wherever the reading code runs.

How to fix: rename the variable to a server-only name (`MISTRAL_API_KEY`), read it only in server
code, and route client requests through a server proxy. Rotate the key if it was ever built.

Example (flagged):
    const key = import.meta.env.VITE_MISTRAL_API_KEY
Example (clean, server route):
    const key = process.env.MISTRAL_API_KEY
""",
    ),
    RuleSpec(
        code="MK004",
        name="header-logging",
        severity=Severity.WARNING,
        message=("Request headers carrying the Mistral key are logged{where}. The Authorization header "
                 "lands in your logs: log only method, URL and status, or redact credentials first"),
        summary="Logging request headers, options or errors that carry the Authorization header.",
        languages=CODE_LANGUAGES,
        fixes=(
            FixSpec("redact", "Redact credentials before logging", safe=True),
            FixSpec("remove-log", "Remove this log statement", safe=False),
        ),
        documentation="""\
What: the headers of a request that carries the Mistral key, incoming request headers in a
service that talks to Mistral, a whole request options object or an HTTP client error (an axios
error holds its request config) passed to print, logging, console.* or similar; also
`http.client.HTTPConnection.debuglevel = 1`, which prints every request header.

Why it is dangerous: logs are copied to log services, CI output and support tickets; the
`Authorization: Bearer` header in them is the key.

How to fix: log only what you need (method, URL, status), or log a copy with credential headers
replaced by "[redacted]".

Example (flagged):
    console.log(req.headers)
Example (clean):
    console.log(req.method, req.url)
""",
    ),
    RuleSpec(
        code="MK005",
        name="key-logging",
        severity=Severity.ERROR,
        message=("The Mistral API key is logged or printed{where}. Logs are read far more widely than "
                 "secrets should be: log whether the key is set, not the key"),
        summary="Printing or logging the key, a string that contains it, or the whole environment.",
        languages=CODE_LANGUAGES + ("notebook",),
        fixes=(FixSpec("drop-key", "Remove the key from this log", safe=True),),
        documentation="""\
What: the key itself logged or printed: a variable holding it, `os.environ["MISTRAL_API_KEY"]`,
a client's `api_key`, a string interpolating any of them, the whole environment
(`console.log(process.env)`, `print(os.environ)`), or an object that holds the key.

Why it is dangerous: logs and notebook outputs are shared far more widely than secrets are.

How to fix: log a yes/no presence check or the length; a slice of at most 8 characters is fine.

Example (flagged):
    print(f"using key {api_key}")
Example (clean):
    print("key configured:", bool(api_key))
""",
    ),
    RuleSpec(
        code="MK006",
        name="error-leak",
        severity=Severity.WARNING,
        message=("Exception details from a Mistral call are sent to the client{where}. Errors can reveal "
                 "request details and configuration: log the exception server-side and return a generic message"),
        summary="Error text, stack or upstream error body returned to users.",
        languages=CODE_LANGUAGES,
        fixes=(FixSpec("generic-error", "Return a generic error", safe=True),),
        documentation="""\
What: in code that answers users (a web handler, a streaming generator, a chat bot, a Streamlit
or Gradio app), the exception text, repr, args, stack or traceback of a failed Mistral call is
returned, raised as the HTTP error detail, sent, shown or streamed.

Why it is dangerous: provider errors and stack traces reveal request details, configuration and
sometimes credentials, and they help an attacker probe your integration.

How to fix: log the exception server-side and answer a fixed message with the same status.

Example (flagged):
    except Exception as e:
        return JSONResponse({"error": str(e)}, status_code=500)
Example (clean):
    except Exception:
        logger.exception("chat failed")
        return JSONResponse({"error": "Internal error"}, status_code=500)
""",
    ),
    RuleSpec(
        code="MK007",
        name="committed-key-file",
        severity=Severity.ERROR,
        message=("Mistral API key in a committed configuration file{where}. Everyone with the repository "
                 "or image has it: move it to a git-ignored .env or a secret store, and rotate it "
                 "(https://console.mistral.ai/api-keys)"),
        summary="A key in .env, JSON, YAML, TOML, INI, docker-compose, Dockerfile or a notebook.",
        languages=CONFIG_FORMATS,
        fixes=(
            FixSpec("gitignore", "Add this file to .gitignore", safe=True),
            FixSpec("docker-runtime", "Pass the key at run time", safe=False),
        ),
        documentation="""\
What: a Mistral key in a configuration file that git tracks or does not ignore: `.env*`, JSON,
YAML, TOML, INI, `docker-compose*.yml` environment, Dockerfile `ENV`/`ARG`, or a Jupyter notebook
(a cell, a `%env` magic or a saved output).

Why it is dangerous: committed files live forever in history and in every clone and image.
A key that was ever committed must be rotated at https://console.mistral.ai/api-keys.

How to fix: keep the key in a git-ignored `.env` or a secret store, pass it at run time, rotate it.

Example (flagged, docker-compose.yml):
    environment:
      MISTRAL_API_KEY: <32-character key>
Example (clean):
    environment:
      MISTRAL_API_KEY: ${MISTRAL_API_KEY}
""",
    ),
)

RULES: dict[str, RuleSpec] = {rule.code: rule for rule in _RULES}
RULES_BY_NAME: dict[str, RuleSpec] = {rule.name: rule for rule in _RULES}


def get_rule(code_or_name: str) -> RuleSpec | None:
    key = code_or_name.strip()
    return RULES.get(key.upper()) or RULES_BY_NAME.get(key.lower())


def fix_spec(code: str, fix_id: str) -> FixSpec | None:
    rule = RULES.get(code)
    if rule is None:
        return None
    return next((fix for fix in rule.fixes if fix.id == fix_id), None)
