"""What the caller knows of the project a file belongs to (the engine itself does no I/O)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Mapping

_MISTRAL_WORD = re.compile(rb"(?i)mistral")


# Environment-variable prefixes a bundler inlines into client code, with the tool that does it,
# longest first (the one table: the rules, the classifier, the project view and the fixes read it).
# Plain PUBLIC_ (SvelteKit, Astro) is public only through import.meta.env and the $env modules.
PUBLIC_ENV_PREFIXES = (
    ("SNOWPACK_PUBLIC_", "Snowpack"), ("PLASMO_PUBLIC_", "Plasmo"), ("NEXT_PUBLIC_", "Next.js"),
    ("NUXT_PUBLIC_", "Nuxt"), ("EXPO_PUBLIC_", "Expo"), ("REACT_APP_", "Create React App"),
    ("STORYBOOK_", "Storybook"), ("VUE_APP_", "Vue CLI"), ("GATSBY_", "Gatsby"), ("NG_APP_", "Angular (@ngx-env)"),
    ("VITE_", "Vite"), ("PUBLIC_", "SvelteKit/Astro"),
)
PUBLIC_ENV_NAMES = tuple(prefix for prefix, _ in PUBLIC_ENV_PREFIXES)

# What another module's summary says about a name: a function that reaches Mistral and lets its
# errors escape, one that catches them and returns a fallback, or a Mistral client/model object.
REACHES_MISTRAL = "reaches-mistral"
CATCHES_MISTRAL = "catches-mistral"
MISTRAL_OBJECT = "mistral-object"
# A name passed to a Mistral client as its key (MK001 at the literal it holds). Among a file's
# imported facts: a name it imports that another module passes to Mistral as the key (`TOKEN`
# of a settings module that `llm.py` gives `Mistral(api_key=TOKEN)`), which it may log (MK005).
KEY_USE = "key-use"
RETURNS_KEY = "returns-key"
# A top-level name bound to the Mistral key read from the environment (`KEY = os.environ["MISTRAL_API_KEY"]`,
# `export const KEY = process.env.MISTRAL_API_KEY`): an importer that prints it, or a curl command or
# header string made with it, shows the key (MK005).
KEY_VALUE = "key-value"
MISTRAL_ENDPOINT = "mistral-endpoint"  # a constant holding a Mistral API URL (MK002)
# A top-level constant holding a litellm model id routed to Mistral (`"mistral/mistral-large-latest"`):
# a client or `completion` call given it as the model sends its key to Mistral (MK001).
MISTRAL_MODEL = "mistral-model"
HOLDS_KEY = "holds-key"
# A top-level defaults object naming a key field, empty until the user fills it
# (`DEFAULT_SETTINGS = { mistralApiKey: "" }`): settings loaded from storage over it (an
# Obsidian plugin's `Object.assign({}, DEFAULT_SETTINGS, await this.loadData())`) hold the key (MK005).
KEY_DEFAULTS = "key-defaults"
# A persisted settings store whose schema or defaults name a key field, read whole by a method: WXT's
# `storage.defineItem(…, { fallback: { apiKey: "" } })` read by `.getValue()`, a zustand `persist`
# store read by `.getState()`. Kept under `<store>.<method>` (its `detail` the key fields): an
# importer's call shows what the user stored, key included (MK005, where the project uses Mistral).
STORED_SETTINGS = "stored-settings"
KEYED_CLIENT = "keyed-client"  # an HTTP client instance made with the key in its headers (MK004)
# A function returning such a client (`def make_client(): return httpx.AsyncClient(headers=…)`) is
# `KEYED_CLIENT` under its name with this suffix (its own name keeps its `REACHES_MISTRAL` fact);
# like `Class.method`, the dotted name follows the import: `client = make_client()` is keyed.
KEYED_FACTORY = ".()"
# A function that sends an axios request carrying the key and lets the axios error itself escape
# (not caught, or caught and thrown again): its callers' caught error holds the request config
# and its Authorization header (MK004). Kept under its name with the `KEYED_ERRORS` suffix, which
# follows the import as `KEYED_FACTORY` does.
RAISES_KEYED_ERROR = "raises-keyed-error"
KEYED_ERRORS = ".(throws)"
# A top-level headers dict with an Authorization (or API-key) value, in a module that names Mistral
# (`MISTRAL_HEADERS = {"Authorization": f"Bearer {KEY}"}`): logging it elsewhere is MK004.
# Its `detail` is "options" for request options whose `headers` carry the value
# (`requestOptions = { method: "POST", headers: { Authorization: … } }`).
KEYED_HEADERS = "keyed-headers"
# A function of such a module returning headers with an Authorization (or API-key) value, or
# request options whose headers carry one (`def mistral_headers(): return {"Authorization": …}`,
# `buildInit(body)` returning a fetch init): its `detail` "headers" or "options" (MK004).
RETURNS_HEADERS = "returns-headers"
HEADERS_DETAIL, OPTIONS_DETAIL = "headers", "options"
# The `detail` of a RETURNS_HEADERS fact about a generic builder in a module that names no provider,
# whose Authorization (or API-key) value is made from its parameter (`buildHeaders(key)`): the
# caller hands it the key, so a call of it holds the key where the project talks to Mistral.
HANDED_DETAIL = "handed-headers"
# The `detail` of a RETURNS_HEADERS fact about a builder in a module that names no provider whose
# Authorization (or API-key) value comes from elsewhere (`authHeaders()` with an imported token or
# a generic env variable): which service they authenticate, only a caller says. A call of it holds
# the key where the caller sends its result to a Mistral URL.
SENT_DETAIL = "sent-headers"
# Headers or request options with the key that a module hands to a function it imports, as its
# argument i (`traceOutgoing("mistral", init)`): among the summary's uses under `name` + "(arg<i>)"
# appended with `KEYED_ARGUMENT_MARK`, its `detail` "headers" or "options"; the function's module
# learns that its parameter holds them (logging it is MK004).
KEYED_ARGUMENT = "keyed-argument"
KEYED_ARGUMENT_MARK = ".(arg"
# A function returning headers (or request options whose headers are such) with an Authorization
# or API-key value made from a name it imports (`authHeaders()` returning `{ Authorization:
# `Bearer ${SERVICE_TOKEN}` }`): under its name with `CARRIES_MARK`, its `detail` those names
# (comma-separated). An importer that sends what it returns to Mistral as a request's headers or
# options keeps a `KEY_USE` under the function's local name with `SENT_MARK`: those names are the key.
CARRIES_KEY = "carries-key"
CARRIES_MARK = ".(carries)"
SENT_MARK = ".(sent)"
# A top-level function whose parameter it sends to Mistral as the key (`createClient(apiKey)` making
# `new Mistral({ apiKey })`, `def make_client(api_key): return Mistral(api_key=api_key)`): under its name
# with `KEY_PARAMETER_MARK`, its `detail` "<position>:<name>". A caller's argument there is the key.
KEY_PARAMETER = "key-parameter"
KEY_PARAMETER_MARK = ".(key)"
# A function a module imports and hands to the construction of an HTTP client made with the key as
# a request hook (`event_hooks={"request": [log_request]}`), or whose result it hands (`trace_configs=
# [trace_config()]`, the hooks registered on what it returns): a `KEYED_ARGUMENT` use under `name` +
# `HOOKED_MARK`, its `detail` `HOOKED_CALL` for the result. The function's module learns that its
# hook sees requests carrying the key (MK004 when it logs their headers). Handed to an outgoing
# client without the key, the `detail` starts with `HOOKED_PLAIN`: its hook sees no incoming request.
HOOKED_MARK = ".(hook)"
HOOKED_CALL = "call"
HOOKED_PLAIN = "plain-"
# A settings field typed `SecretStr` (it prints as '**********'), under the name "secret-field:<field>".
SECRET_FIELD = "secret-field"  # an object (a config, `module.exports`) with the key in a field (MK005)  # a function whose return value is the Mistral key (MK005)
# A module whose routes hand a Mistral error to Express's error middleware (`next(err)`, `.catch(next)`),
# itself or through the routers it imports; kept under this kind as its name.
FORWARDS_ERRORS = "forwards-errors"
# Its `detail` when what the routes hand on is an axios error holding the key (`catch (err) { next(err) }`
# around a keyed instance's request): the error middleware logging it whole logs the key (MK004).
KEYED_FORWARD = "next(keyed axios error)"
# A module whose Express route has an async handler that lets a Mistral error escape: Express 4
# leaves the rejection unhandled, but a module of the app that loads `express-async-errors` hands
# it to the error middleware (then `FORWARDS_ERRORS`). Goes with any import, under this kind.
ESCAPES_ASYNC_ROUTE = "escapes-async-route"
# A BullMQ (or Bull) worker whose processor lets a Mistral error escape: the job fails with it, and
# a route reading that queue's `job.failedReason` sends its text. Under `QUEUE_PREFIX` + the queue's
# name; no import brings it, the queue's name does (`ProjectView.queue_worker_facts`).
FAILS_QUEUE_JOBS = "fails-queue-jobs"
# A function that sends the text of the error it is handed to the client (`handleError(res, err)`
# writing `err.message` into the response, `handleRouteError(err)` returning it as JSON): a route
# whose catch hands it a Mistral error leaks it. Its `detail` is the error's argument position.
SENDS_ERROR_ARG = "sends-error-arg"
QUEUE_PREFIX = "queue:"
# A BullMQ (or Bull) queue object a module exports (`export const reports = new Queue("reports")`):
# its `detail` is the queue's name, so an importer reading `(await reports.getJob(id)).failedReason`
# knows which worker's failures it reads.
QUEUE_OBJECT = "queue-object"
# The same kind for an arq job function registered by a worker's settings (`functions = [...]`):
# under `ARQ_JOB_PREFIX` + the job's name, which the route enqueues (`enqueue_job("name", …)`).
ARQ_JOB_PREFIX = "arq-job:"
# The `detail` of a HOLDS_KEY fact about a top-level list of key literals: a rotation pool, whose
# drawn item (`next(cycle(KEYS))`, `pool.next()`) is one key.
KEY_POOL = "key-pool"
# A `KEY_USE` of a classic script's global (`window.APP_CONFIG.key`, `SITE.token` declared by no
# statement of the script) is kept under this prefix: the scripts a page loads share their globals,
# so the page's other scripts learn it (`ProjectView.page_global_uses`), under the plain name.
PAGE_GLOBAL_PREFIX = "page-global:"
# A service instance put on a shared object's attribute (Pyramid's `config.registry.answerer =
# FaqAnswerer(…)`, `app.state.llm = LLMService()`): its methods' facts under this prefix, the
# attribute and the method (`@answerer.answer`), for code reaching it through any chain ending in
# that attribute (`request.registry.answerer.answer(…)`). They go with any import of the module,
# and a Python package's `__init__` is imported by its modules.
SHARED_INSTANCE_PREFIX = "@"
# A module that sets a framework's default model to a Mistral model (DSPy's `dspy.configure(lm=…)`,
# LlamaIndex's `Settings.llm = MistralAI(…)`), under `DEFAULT_MODEL_PREFIX` + the framework (its
# `detail`): the programs and engines that framework builds where the module is imported call Mistral.
# Goes with any import of the module (`from . import lm  # configures dspy`).
DEFAULT_MODEL = "default-model"
DEFAULT_MODEL_PREFIX = "default-model:"
# A top-level name of a module that sets no default model, which calls the framework's default model
# (its `detail`) where one is set: a DSPy program (`qa = dspy.ChainOfThought(…)`, a `dspy.Module`
# subclass, a function running one), a LlamaIndex engine factory. An importer whose own default
# (or an imported one) for that framework is Mistral takes it as a Mistral object.
FRAMEWORK_PROGRAM = "framework-program"
NO_MISTRAL = "no-mistral"  # resolved to a project file whose summary says nothing of Mistral
# A function returning a dict or config object with the key in some fields (MK005), its `detail`
# the comma-separated names of those fields: `auth_headers()["Authorization"]`, `print(load_config())`.
# A NestJS `registerAs('mistral', factory)` names them under its namespace: `mistral.apiKey`.
RETURNS_HOLDER = "returns-holder"
# A NestJS `ConfigModule.forRoot({ load: [factory] })` whose factory returns the key: the
# `ConfigService` holds it (its `detail` the factory's key-holding sections). It goes with any
# import of the module that registers it, under the name `CONFIG_SERVICE_NAME`.
CONFIG_SERVICE_KEY = "config-service-key"
CONFIG_SERVICE_NAME = "config-service"


@dataclass(frozen=True)
class ModuleFact:
    """A fact about a name defined in another file of the project, with the place that decides it
    (for related locations): the path as the caller shows paths, 0-based line and character."""

    kind: str
    path: str
    line: int = 0
    character: int = 0
    detail: str = ""


@dataclass(frozen=True)
class ProjectContext:
    """Facts about the project a file belongs to, gathered by the caller.

    `root` is the project folder (the nearest one holding .git, .gitignore or a manifest),
    `rel_path` the file's path inside it with `/` separators, `manifests` the text of the root's
    package.json, vite.config.*, requirements.txt ... by file name; `git_ignored` is true when
    git would ignore the file and does not track it.
    """

    root: str | None = None
    rel_path: str | None = None
    manifests: dict[str, str] = field(default_factory=dict)
    git_ignored: bool = False
    git_tracked: bool = False
    # Whether some file of the project mentions Mistral (MK004: incoming headers logged in a
    # service that talks to Mistral). A callable so the caller's probe runs only when asked.
    mistral_probe: Callable[[], bool] | None = field(default=None, compare=False, repr=False)
    # Whether the project's Flask app config holds the Mistral key (MK005: `current_app.config`
    # written whole in a blueprint that never loads it). A callable, asked only then.
    flask_config_probe: Callable[[], bool] | None = field(default=None, compare=False, repr=False)
    # Whether the project registers a config section of this name holding the key (MK005: a NestJS
    # `configService.get("mistral")` or node-config `config.get("mistral")` written whole, where the
    # section comes from a module no import names). A callable of the section, asked only then.
    config_section_probe: Callable[[str], bool] | None = field(default=None, compare=False, repr=False)
    # Whether a component module of the project defines the custom element `tag` with the
    # property `prop` (or the attribute itself) and names Mistral (MK001: `<ask-box api-key="…">`
    # in a page). A callable of (tag, prop, attribute), asked only for such an attribute.
    element_probe: Callable[[str, str, str], bool] | None = field(default=None, compare=False, repr=False)
    # For fixes: the text of the root's `.env*` files and `.gitignore` (None: no such file), and
    # which of the paths fixes care about (proxy routes, server entry points) already exist.
    env_files: dict[str, str] = field(default_factory=dict)
    gitignore_text: str | None = None
    existing_files: frozenset[str] = frozenset()
    # The text of the project's likely server entry points (server.js, app.js, package.json main).
    entry_files: dict[str, str] = field(default_factory=dict)
    # The project view (`module_graph`, `workspace.ModuleFacts`): facts about the names this file
    # imports, by local name, and the rules they wake in a file whose own bytes would not.
    imported: Mapping[str, ModuleFact] = field(default_factory=dict, compare=False)
    woken: frozenset[str] = frozenset()
    # This module's top-level names that another module passes to a Mistral client as the key.
    key_uses: Mapping[str, ModuleFact] = field(default_factory=dict, compare=False)
    # What the modules importing this one say of Mistral errors they hand to `next(err)` (asked
    # for a module that defines an Express error middleware): by kind, `FORWARDS_ERRORS`.
    forwarded_errors: Mapping[str, ModuleFact] = field(default_factory=dict, compare=False)
    # The files that import this one, as (path inside the project, language, their first bytes);
    # a callable, asked only when a file's placement rests on its folder alone. Given the path of
    # one of them, it gives that file's importers (for an importer nothing places, up a chain).
    importers: Callable[..., list[tuple[str, str, bytes]]] | None = field(default=None, compare=False, repr=False)
    # Whether the project holds component files (JSX, TSX, Vue, Svelte) or a public/index.html: a
    # front end may be there though no manifest names one, and a module nothing places asks its importers. A callable,
    # asked only then.
    front_end_files: Callable[[], bool] | None = field(default=None, compare=False, repr=False)
    # True when a project view resolved this file's imports: an import it did not resolve names a
    # package, not one of the project's modules.
    has_view: bool = False
    # Config files this file names by a literal next to a loader call, that hold the Mistral key:
    # name as written -> `holdings.configs.KEY_LITERAL` or `KEY_REFERENCE` (MK005).
    config_files: Mapping[str, str] = field(default_factory=dict, compare=False)

    def element_takes_key(self, tag: str, prop: str, attribute: str) -> bool:
        return bool(self.element_probe and self.element_probe(tag, prop, attribute))

    def flask_config_holds_key(self) -> bool:
        return bool(self.flask_config_probe and self.flask_config_probe())

    def config_section_holds_key(self, section: str) -> bool:
        return bool(self.config_section_probe and self.config_section_probe(section))

    def talks_to_mistral(self) -> bool:
        """The project uses Mistral: a manifest names it, or the caller's probe found it in a file."""
        if any(_MISTRAL_WORD.search(text.encode("utf-8", "replace")) for text in self.manifests.values()):
            return True
        return bool(self.mistral_probe and self.mistral_probe())
