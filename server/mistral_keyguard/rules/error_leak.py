"""MK006 error-leak: exception details of a Mistral call sent back to the user.

Three shapes (queries in `queries/<language>/error-leak.scm`):
- a `try` (or a promise `.catch`) that covers a call to Mistral, directly or through a helper of
  the same file, whose handler puts the exception's text, args, stack or `traceback.format_exc()`
  into a response, an HTTP error's detail, a stream, a chat reply or a UI widget;
- an error branch on a Mistral response (`if (!r.ok)`) that forwards the upstream body;
- an SDK error hook (`getErrorMessage`, `onError`) that returns the error's message.

Only code that answers users counts (web handlers, streaming generators, bots, Streamlit/Gradio):
a CLI printing the error to its own terminal, and logging plus a fixed message, stay clean.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.dataflow import first_parameter, last_segment, node_text, string_content, typed_parameters
from mistral_keyguard.finding import Finding, Position, RelatedLocation, Span
from mistral_keyguard.holdings import Holdings
from mistral_keyguard.holdings.base import AUTH_HEADER
from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.prefilter import Anchored, contains, lowered
from mistral_keyguard.project import (
    CATCHES_MISTRAL, DEFAULT_MODEL, ESCAPES_ASYNC_ROUTE, FRAMEWORK_PROGRAM, FORWARDS_ERRORS, MISTRAL_ENDPOINT, MISTRAL_MODEL, SENDS_ERROR_ARG, MISTRAL_OBJECT, REACHES_MISTRAL, SHARED_INSTANCE_PREFIX,
    ModuleFact,
)
from mistral_keyguard.rules.bot_errors import error_handler_reads, forwarding_registration
from mistral_keyguard.rules.caught import error_escapes, first_uncaught
from mistral_keyguard.rules.checker import Checker
from mistral_keyguard.rules.hardcoded_key import client_aliases
from mistral_keyguard.rules.arq_jobs import arq_job_related, enqueues_failing_arq_job, reads_arq_results, reads_failing_arq_job
from mistral_keyguard.rules.js_handlers import (
    error_hooks, handed_parameter, http_error_class, in_handler, reply_url_post, resolver_map_member,
    response_helper_call, responder_call,
)
from mistral_keyguard.rules.job_errors import enqueues_mistral_job, job_error_leaks
from mistral_keyguard.rules.litellm_router import deployment_groups
from mistral_keyguard.rules.python_error_handlers import global_handlers
from mistral_keyguard.rules.python_replies import python_reply, python_state_reply
from mistral_keyguard.rules.queue_jobs import queue_failure_leaks
from mistral_keyguard.rules.stored_errors import stored_error_leaks
from mistral_keyguard.rules.injected_services import INJECT_PREFIX, injected_method_fact
from mistral_keyguard.rules.returned_errors import (
    related_for as returned_related, return_reaches_client, yield_reaches_ui,
)
from mistral_keyguard.sinks import CODE_LANGUAGES, FUNCTION_TYPES, enclosing, is_log_callee, unwrap

CODE = "MK006"
QUERY = "error-leak"
# Every leak needs a Mistral call in the file, or an LLM helper imported from the project's own code,
# or is a NestJS exception filter catching every error (`@Catch()`) of an app that talks to Mistral.
PREFILTER = Anchored(re.compile(rb"istral|ISTRAL|_llm|llm_|\.llm|/llm|LLM\(|LLM_|LLM }|LLM,|@Catch\("),
                     (b"istral", b"ISTRAL", b"llm", b"LLM", b"@Catch("), source_only=True)

_MISTRAL = re.compile(r"(?i)mistral")
_MISTRAL_URL = re.compile(r"(?i)mistral\.ai|MISTRAL_(API_)?(BASE_)?URL|MISTRAL_ENDPOINT")
# Imports and calls that say "this code answers requests, streams, chats or draws a UI".
# `^[^\S\n]*`, not `^\s*`: from each line start `\s*` ran over every blank line after it, and the
# server's incremental rescans stand thousands of bare line breaks for the lines they drop, so
# that one search cost 80 ms per edit of a 10,000-line module (quadratic in a run of blank lines).
_PYTHON_WEB_IMPORT = (rb"(^[^\S\n]*(from|import)\s+(fastapi|flask|django|starlette|quart|sanic|aiohttp|tornado|litestar|"
                      rb"falcon|bottle|pyramid|discord|slack_bolt|slack_sdk|telegram|aiogram|telebot|streamlit|gradio|"
                      rb"chainlit|panel|nicegui|sse_starlette|ninja|ninja_extra|rest_framework|adrf|channels|twilio|"
                      # htmx pages, reactive UIs and chatbot actions: what a route or a render function returns is
                      # drawn, what a Rasa action utters is the bot's reply.
                      rb"fasthtml|shiny|rasa_sdk|taipy|mesop|dash|socketio|flask_socketio|"
                      # Chat bot libraries: a handler's `event.reply(…)`, `room_send(…)` is the bot's answer.
                      rb"telethon|pyrogram|nio|hikari|nextcord|disnake|twitchio|"
                      # GraphQL servers: what a resolver returns or raises as `GraphQLError` goes to the client.
                      rb"strawberry|graphene|graphene_django|ariadne|"
                      # More HTTP frameworks: CherryPy's exposed methods, Connexion's operationId handlers
                      # (routed by the OpenAPI spec, so their module names no route), and the ASGI ones.
                      rb"cherrypy|connexion|robyn|blacksheep|emmett|hug|responder|masonite|morepath)\b)")
# Route decorators and an AWS Lambda handler: Python's, like the imports. A handler is named by
# `serverless.yml` or the SAM template (`handler: handler.ask`), so its signature says it, not its name.
_PYTHON_WEB_CODE = (rb"|@(app|router|bp|blueprint|api)\.(route|get|post|put|patch|delete|websocket)\b"
                    rb"|def\s+\w*handler\s*\(\s*event\b|def\s+\w+\s*\(\s*_?event\s*(?::[^,()]{1,40})?,\s*_?context\b")
# In Python only those alternatives can match (the rest of `_WEB_SOURCE` is JavaScript's), and
# this whole-file search runs on every rescan: these few cost a third of all of them.
_PYTHON_WEB_SOURCE = re.compile(rb"(?m)" + _PYTHON_WEB_IMPORT + _PYTHON_WEB_CODE)
# Node HTTP servers outside Express's family: a handler's `res.send(502, …)` (restify), what a
# hapi route returns (`h.response(…)`), polka's and tinyhttp's `res.end(…)`.
_NODE_SERVERS = rb"restify|@hapi/hapi|hapi|polka|@tinyhttp/app|hyper-express|ultimate-express"
_WEB_SOURCE = re.compile(
    rb"(?m)" + _PYTHON_WEB_IMPORT +
    rb"|(from\s+['\"](express|fastify|koa|@koa/router|koa-router|hono|next/server|next|@sveltejs/kit|h3|@vercel/node|"
    rb"@netlify/functions|discord\.js|@slack/bolt|telegraf|grammy|node-telegram-bot-api|socket\.io|ws|"
    rb"@remix-run/node|@remix-run/server-runtime|elysia|@trpc/server|ai|@nestjs/common|@nestjs/core|"
    rb"graphql|@apollo/server|apollo-server[\w-]*|graphql-yoga|@nestjs/graphql|type-graphql|mercurius|"
    + _NODE_SERVERS + rb")['\"/])"
    rb"|(require\(\s*['\"](express|fastify|koa|@koa/router|koa-router|hono|discord\.js|@slack/bolt|telegraf|grammy|"
    rb"node-telegram-bot-api|socket\.io|ws|http|node:http|" + _NODE_SERVERS + rb")['\"]\s*\))"
    rb"|defineEventHandler|eventHandler\(|exports\.handler|export\s+(const|async\s+function|function)\s+"
    rb"(handler|GET|POST|PUT|PATCH|DELETE|action|loader)\b|export\s+default\s+(async\s+)?(function\s*\w*\s*)?\(\s*(req|request|event)"
    rb"|Deno\.serve|Bun\.serve|addEventListener\(\s*['\"]fetch"
    rb"|@(Controller|Resolver|WebSocketGateway)\("
    + _PYTHON_WEB_CODE)
_WEB_PATH = re.compile(
    r"(^|/)(pages/api/|app/(.+/)?route\.[jt]sx?$|[^/]*\+server\.[jt]s$|[^/]*\+page\.server\.[jt]s$|"
    r"server/(api|routes|middleware)/|api/|netlify/functions/|functions/|routes/|views\.py$|"
    r"handlers?/|controllers?/|bot\.py$|bot\.[jt]s$|consumers\.py$|[^/]*\.(controller|resolver|gateway)\.[jt]s$)")
# A discord.js interaction answered in place: only discord.js's interactions defer and edit replies.
_DISCORD_INTERACTION = re.compile(rb"\binteraction\.(deferReply|editReply|followUp|isChatInputCommand)\(")
# A module of Next.js/React server actions: a leading `"use server"` directive (after comments).
_USE_SERVER = re.compile(rb"""\A(?:\s|//[^\n]*\n|/\*.*?\*/)*["']use server["']""", re.S)
_DIRECTIVE_HEAD = 2048  # the directive comes first: only the head of the file is matched
# Calls that answer the user: response builders, HTTP errors (NestJS's built-in ones too; tRPC's
# `TRPCError`, whose message the client receives), stream writers, chat replies, UI.
_RESPONSE_NAME = re.compile(
    r"^(NextResponse\.json|Response\.json|json|text|jsonify|make_response|JsonResponse|HttpResponse\w*|"
    r"JSONResponse|ORJSONResponse|PlainTextResponse|HTMLResponse|Response|StreamingResponse|"
    r"EventSourceResponse|ServerSentEvent|web\.json_response|web\.Response|abort|error|createError|"
    r"HTTPException|HTTPError|HttpError|\w*\.HTTPException|HttpException|"
    r"(BadRequest|Unauthorized|Forbidden|NotFound|Conflict|Gone|UnprocessableEntity|InternalServerError|"
    r"NotImplemented|BadGateway|ServiceUnavailable|GatewayTimeout|RequestTimeout|"
    # Litestar's and Sanic's HTTP errors (`InternalServerException`, `SanicException`, `ServerError`).
    r"InternalServer|NotAuthorized|PermissionDenied|TooManyRequests|Client|Sanic)Exception|(\w+\.)?ServerError|"
    r"fastapi\.HTTPException|werkzeug\.exceptions\.\w+|gr\.Error|gr\.Warning|gr\.Info|respond|say|"
    r"sendError|send_error|render_template|redirect|emit|fail|cl\.Message|cl\.ErrorMessage|GraphQLError|"
    r"ApolloError|UserInputError|TRPCError)$")
_RESPONSE_METHOD = re.compile(
    r"\.(json|send|jsonp|write|end|render|text|html|body|enqueue|emit|reply|reply_text|"
    r"reply_markdown|reply_html|reply_to|followUp|followup|editReply|edit_original_response|send_message|"
    r"sendMessage|edit_message_text|editMessageText|postMessage|chat_postMessage|chat_update|writeSSE|"
    r"writeln|error|exception|warning|warn|markdown|caption|info|toast|code|success|push|append|"
    r"respond|say|answer|send_response|put_nowait|put|send_text|send_json|send_bytes|write_message|finish|"
    r"utter_message|room_send)$")
# A name that says it is the response or its stream (`responseStream`, `sse_writer`, `httpResponse`).
# Not any stream: a log file's `logStream.write(err.stack)` answers nobody.
_RESPONSE_OBJECT_NAME = re.compile(r"^(?i:response|resp|res|sse|reply)_?(?i:stream|writer)$|[a-z]Response$|_response$")
_UI_OBJECT = re.compile(r"^(st|gr|res|reply|response|ctx|c|h|stream|writer|controller|socket|ws|sse|"
                        r"channel|interaction|message|update|bot|client|say|respond|messages|history|"
                        r"chat_history|session_state|event|self|this|websocket|cl|sio|socketio)\b")
# NiceGUI's elements drawn on the user's page (the file imports nicegui: `ui` is that module).
# Errors a framework serialises to the client that called (a Meteor method's `Meteor.Error`, a
# Firebase callable's `HttpsError`, Convex's `ConvexError`, an Astro action's `ActionError`):
# what they carry is the answer, whatever else the file does.
_CLIENT_ERROR = re.compile(r"^(Meteor\.Error|(\w+\.)*HttpsError|ConvexError|ActionError)$")
# A UI's pop-up notification (Taipy's `notify(state, "error", …)`, Flet's `page.show_snack_bar`)
# in code that answers users.
_NOTIFY_CALLS = frozenset({"notify", "show_snack_bar", "show_toast"})
_NICEGUI_UI = re.compile(r"^ui\.(notify|label|markdown|html|chat_message|code)$")
_NICEGUI_IMPORT = re.compile(rb"(?m)^[^\S\n]*(from\s+nicegui\s+import\b[^\n]*\bui\b|import\s+nicegui\.ui\s+as\s+ui\b)")
_RESTX_OBJECTS = frozenset({"Namespace", "Api"})
_REFLEX_IMPORT = re.compile(rb"(?m)^[^\S\n]*(from|import)\s+reflex\b")
_TORNADO_IMPORT = re.compile(rb"(?m)^[^\S\n]*(from|import)\s+tornado\b")
# What sets the text of such an element (`out.set_text(…)`, `out.text = …`).
_NICEGUI_SETTERS = frozenset({"set_text", "set_content"})
_NICEGUI_FIELDS = frozenset({"text", "content"})
_RESPONSE_BODY = re.compile(r"^(ctx|context|c|res|response|event\.node\.res)\.(body|response\.body|res)$")
# A Python responder's body fields (Falcon's `resp.media = {…}`, `resp.text`; Bottle's `response.body`).
_PY_RESPONSE_BODY = re.compile(r"^(resp|res|response)\.(media|text|body|data)$")
_STREAMLIT_METHODS = frozenset({"write", "markdown", "error", "exception", "warning", "info", "text",
                                "code", "json", "caption", "success", "toast", "write_stream"})
# Chat UI messages whose `content` is shown to the user (Chainlit).
_CHAT_MESSAGES = frozenset({"cl.Message", "cl.Step", "cl.ErrorMessage", "chainlit.Message", "chainlit.Step"})
_SAFE_FIELDS = frozenset({
    "status", "status_code", "statusCode", "code", "name", "type", "http_status", "errno",
    "retry_after", "__class__", "__name__", "httpStatus", "kind", "ok",
})
_HARMLESS_CALLS = frozenset({"type", "isinstance", "getattr", "hasattr", "id", "bool", "len",
                             "Boolean", "Number", "issubclass", "callable"})
# Handing the error on (to Express's error handler, a promise chain): not an answer by itself.
_PROPAGATE = frozenset({"Promise.reject", "reject", "next", "done", "sentry_sdk.capture_exception",
                        "Sentry.captureException", "captureException", "capture_exception"})
_TRACEBACK = re.compile(r"^(traceback\.)?(format_exc|format_exception|format_tb|format_stack|print_exc)$")
_BODY_FIELDS = frozenset({"text", "json", "body", "content", "statusText", "reason", "data", "iter_text",
                          "aread", "read"})
_COVER_LIMIT = 5
_CLASS_TYPES = frozenset({"class_definition", "class_declaration", "class"})
_OTHER_PROVIDER = re.compile(r"(?i)openai|anthropic|claude|cohere|groq|gemini|google|vertex|bedrock|ollama|"
                             r"huggingface|transformers|together|replicate|fireworks|perplexity|deepseek")
# A model id routed through another provider (`openrouter/mistralai/...`, `ollama/mistral`):
# the gateway's key and errors, not Mistral's. `mistral/...` (litellm) is Mistral itself.
_ROUTED_MODEL = re.compile(r"""(["'`])(?!mistral/)[\w.-]+/[^"'`\n]*\1""")
# A model tag of a local server (`mistral:7b`, `mistral-nemo:12b`); a fine-tuned Mistral id
# (`ft:open-mistral-7b:…`) starts with `ft:`.
_LOCAL_MODEL_TAG = re.compile(r"""(["'])(?!ft:)(?!mistral(?:ai)?:(?:open-)?(?:mistral|mixtral|codestral|pixtral|"""
                              r"""ministral|magistral|devstral|voxtral)-)[\w.-]*mistral[\w.-]*:[\w.-]+\1""", re.I)
# A platform model id named with its provider, "provider:model" (Pydantic AI's `Agent("mistral:…")`,
# LangChain's `init_chat_model("mistralai:…")`): unlike a local server's tag (`mistral:7b`), the part
# after the colon is a Mistral platform model id.
_PREFIXED_MODEL = re.compile(r"""^["']mistral(?:ai)?:(?:open-)?(?:mistral|mixtral|codestral|pixtral|ministral|"""
                             r"""magistral|devstral|voxtral)-[\w.-]+["']$""")
# The keyword that names a model's provider (`init_chat_model(…, model_provider="mistralai")`,
# Mirascope's `@llm.call(provider="mistral", …)`), and the values that say Mistral.
_PROVIDER_FIELD = frozenset({"provider", "model_provider"})
_MISTRAL_PROVIDER = re.compile(r"""^["'](?i:mistral|mistralai|mistral_ai|mistral-ai)["']$""")
_URL_SHAPED = re.compile(r"(?i)^[\w.$]*(url|host|base|endpoint)\w*$|^f?[\"'`].*(url|host|base|endpoint|https?:)")
_LITELLM_MISTRAL = re.compile(r"""["']mistral/""")
# A class's name (a constructor call in Python, `new X(…)` or `X(…)` in JavaScript), not a function's.
_CONSTRUCTOR = re.compile(r"^[A-Z]\w*$")
# A model class given a model id positionally (`dspy.LM("mistral/…")`), and the fields that name
# the model of any agent or model class (`LiteLLMModel(model_id=…)`, CrewAI's `Agent(llm=…)`).
_MODEL_CLASS = re.compile(r"(?i)llm|lm$|model")
_MODEL_HANDLE_FIELD = re.compile(r"""^["']?(model|llm|chat_model|model_client|chatModel|modelClient|languageModel)["']?$""")
_MODEL_FIELD = re.compile(r"""^["']?(model|model_id|modelId|model_name|llm)["']?$""")
_URL_HOST = re.compile(r"https?://([^/\s'\"`?#]+)")
_PY_IMPORT = re.compile(r"(?m)^[^\S\n]*import\s+(\w+)")
_SSE = re.compile(r"""^(yield\s+)?f?["'`](data|event):""")
# Helpers imported from the project's own modules that, by name, call the model.
# Calls that wrap a model into an agent, chain or query engine: what they build calls the model.
def _top_package(module: str) -> str:
    """`llama_index` of `llama_index.core`, `dspy` of `dspy`: the package a default model is set for."""
    return module.lstrip(".").split(".", 1)[0].split("/", 1)[0]


AGENT_BUILDER = re.compile(r"(?i)agent|chain|executor|engine|graph|pipeline|workflow|runnable|crew|kernel|"
                            r"^from_(llm|tools|defaults)$")
_HELPER_NAME = re.compile(
    r"(?i)mistral|llm|(^|_)ai($|_)|[a-z]AI|chat|complet|assistant|agent|(^|_)rag($|_)|prompt|embed|"
    r"summari[sz]|classif|moderat|^ask|answer|generate_?(reply|answer|response|text|completion)")

# Express's error middleware: four parameters, the error first (`(err, req, res, next)`, typed or not).
ERROR_MIDDLEWARE = re.compile(rb"\(\s*[A-Za-z_$][\w$]*\s*(?::[^,()]{1,80})?,\s*_?req\w*\s*(?::[^,()]{1,80})?,"
                              rb"\s*_?res\w*\s*(?::[^,()]{1,80})?,\s*(?:_?next\w*|_)\s*(?::[^,()]{1,80})?\)")
# Wrappers that pass what an async route handler throws to `next` (express-async-handler and
# the hand-written `catchAsync` of many apps).
ASYNC_WRAPPER = re.compile(rb"(?i)async_?handler|catch_?async|async_?wrap(?:per)?|wrap_?async|async_?middleware")
_ASYNC_WRAPPER_LOWER = re.compile(rb"async_?handler|catch_?async|async_?wrap(?:per)?|wrap_?async|async_?middleware")


def names_async_wrapper(data: bytes) -> bool:
    """`ASYNC_WRAPPER` somewhere in the bytes: searched in the lower-cased bytes the prefilters
    share, after a substring test (every alternative says "async"), not with `(?i)` at every
    position of every file."""
    low = lowered(data)
    return b"async" in low and _ASYNC_WRAPPER_LOWER.search(low) is not None
# A chat message the bot sent (`msg = await ctx.send(…)`) and then edits with the answer.
_SENDING_METHODS = frozenset({"send", "reply", "reply_text", "send_message", "sendMessage", "answer", "respond",
                              "followUp", "editReply"})
# Twilio's TwiML replies and the verbs that put text in them.
_TWIML_REPLIES = frozenset({"MessagingResponse", "VoiceResponse"})
_TWIML_METHODS = frozenset({"message", "say", "body"})
# A task queue's result getters, which raise a failed job's error again, and the objects they are on.
_JOB_RESULT_GETTERS = frozenset({"result", "get_result"})
_JOB_OBJECT = re.compile(r"(?i)huey|job|task|queue|celery|arq|dramatiq|redis")
_EDIT_METHODS = frozenset({"edit", "edit_text", "editText", "edit_message_text"})
# Calls that run the function they are handed (in a thread, an executor, an event loop), or wrap
# it into one that does (`cl.make_async(f)(x)`, `asyncify(f)(x)`, `sync_to_async(f)(x)`).
_RUNNERS = frozenset({"to_thread", "run_in_threadpool", "run_in_executor", "run_sync", "sync_to_async",
                      "submit", "run_in_thread", "make_async", "asyncify", "async_to_sync", "run_async"})
# Durable-execution engines run the workflow, activity or step they are handed and raise its failure
# to the awaiting caller (Temporal's `execute_activity(fn)`, `client.execute_workflow(Wf.run)`, Dapr's
# `call_activity(fn)`, DBOS's `run_step(fn)`): by the method's shape, not one engine's names.
_DURABLE_RUNNER = re.compile(r"^(execute|run|call)_(\w+_)?(activity|workflow|step|flow)$")


def is_runner(method: str) -> bool:
    """Whether a call by this method name runs the function it is handed (and raises its error)."""
    return method in _RUNNERS or bool(_DURABLE_RUNNER.match(method))
# Koa's error middleware: `try { await next(); } catch (err) { … }` around the downstream routes.
KOA_ERROR_MIDDLEWARE = re.compile(rb"try\s*\{\s*(?:await|return)\s+next\(\s*\)\s*;?\s*\}\s*catch")
# Packages after which an async Express handler's rejection reaches the error middleware:
# `express-async-errors` patches the app's routers where it is loaded (any module of the app),
# express-promise-router's routers do it themselves.
ASYNC_ERRORS_PATCH = re.compile(rb"""['"](express-async-errors|express-promise-router|express-async-router)['"]""")
_REQUEST_PARAM = re.compile(r"^_?req(uest)?$")
# A function taking an error (`handleError(res, error)`, `const onFail = (error: unknown) =>`): it
# may send the error's text to the client for the routes that hand it theirs (`SENDS_ERROR_ARG`).
_ERROR_PARAM_NAME = r"(?:err|error|e|ex|exc|exception|[A-Za-z_$][\w$]*Error)"
_ERROR_PARAM = re.compile(r"^" + _ERROR_PARAM_NAME + r"$")
_PARAM_TYPE = rb"(?:\s*\??:\s*[^,()]{1,80})?"
_ERROR_HELPER_DEF = re.compile(
    rb"(?:function\s*\*?\s*[A-Za-z_$][\w$]*\s*|=\s*(?:async\s*)?)\(\s*(?:[A-Za-z_$][\w$]*" + _PARAM_TYPE
    + rb"\s*,\s*){0,3}" + _ERROR_PARAM_NAME.encode() + _PARAM_TYPE + rb"\s*(?:=[^,()]{0,40})?[,)]")
# A function handed the response and an error (`(res, error)`, `(error, res)`) answers the request.
RESPONDER_PARAMS = re.compile(rb"\(\s*_?res\w*" + _PARAM_TYPE + rb"\s*,\s*" + _ERROR_PARAM_NAME.encode() + rb"\b"
                               rb"|\(\s*" + _ERROR_PARAM_NAME.encode() + _PARAM_TYPE + rb"\s*,\s*_?res\w*\b")
_ELYSIA_SOURCE = re.compile(rb"""from\s+['"]elysia['"]|require\(\s*['"]elysia['"]\s*\)""")
_AWAIT_NEXT = re.compile(r"(?:await|return)\s+next\(\s*\)\s*;?")
_ROUTE_METHODS = frozenset({"get", "post", "put", "patch", "delete", "del", "all", "use"})
# SvelteKit: the framework calls `handleError` of `src/hooks.server.*` with what any server route
# lets escape and sends the `message` it returns to the user; server routes are `+server.*`,
# `+page.server.*` and `+layout.server.*` under `src/routes/`, their handlers exported by name.
SVELTEKIT_HOOKS = re.compile(r"(^|/)src/hooks\.server\.[jt]s$")
SVELTEKIT_ROUTE = re.compile(r"(^|/)src/routes/(.+/)?\+(server|page\.server|layout\.server)\.[jt]s$")
_SVELTEKIT_HANDLERS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "fallback", "load"})

def analysis_for(ctx) -> "ErrorLeak":
    """One analysis per scanned file: MK004 asks it too (where a header value is echoed)."""
    analysis = ctx.__dict__.get("_error_leak")
    if analysis is None:
        analysis = ctx.__dict__["_error_leak"] = ErrorLeak(ctx)
    return analysis


def check(ctx) -> Iterator[Finding]:
    analysis = analysis_for(ctx)
    yield from _exception_filter_findings(ctx, analysis)
    seen: set[int] = set()
    for leak, sink, how in (*analysis.middleware_leaks(), *_bot_error_handler_leaks(analysis)):
        if sink.start_byte not in seen:
            seen.add(sink.start_byte)
            yield ctx.finding(CODE, leak.start_byte, leak.end_byte, where=f" — {how}",
                              related=analysis.forwarding_related())
    for leak, sink, how, related in queue_failure_leaks(analysis):
        if sink.start_byte not in seen:
            seen.add(sink.start_byte)
            yield ctx.finding(CODE, leak.start_byte, leak.end_byte, where=f" — {how}", related=related)
    if not analysis.mentions_mistral and not (
            (analysis._local_helpers or analysis.imported_endpoints) and _project_uses_mistral(ctx)) \
            and not enqueues_failing_arq_job(analysis) and not _given_services(ctx):
        return  # no Mistral here, nor an LLM helper, endpoint or job of a project that talks to Mistral
    for leak, sink, how in analysis.leaks():
        if sink.start_byte in seen:
            continue
        seen.add(sink.start_byte)
        yield ctx.finding(CODE, leak.start_byte, leak.end_byte, where=f" — {how}",
                          related=analysis.related_for(leak))


def _bot_error_handler_leaks(analysis: "ErrorLeak") -> Iterator[tuple[ts.Node, ts.Node, str]]:
    """python-telegram-bot's application error handler sending `context.error` to the chat, where
    a handler registered beside it (this module, or one importing it) lets a Mistral error
    escape (`rules/bot_errors.py`)."""
    reads = list(error_handler_reads(analysis))
    if not reads or (analysis._forwarded_fact() is None and forwarding_registration(analysis) is None):
        return
    for body, read in reads:
        exposed = _exposed(read)
        found = analysis.sink_of(exposed, body) if exposed is not None else None
        if found is None:
            continue
        if found[1].startswith("alias:"):
            for leak, sink, how in analysis._alias_leaks(exposed, found[1][len("alias:"):], body):
                yield leak, sink, f"a Mistral error that reaches this error handler is {how}"
        else:
            yield exposed, found[0], f"a Mistral error that reaches this error handler is {found[1]}"


# A NestJS exception filter that catches everything: `@Catch()` (or `@Catch(Error)`) on its class.
_CATCH_ALL = re.compile(rb"@Catch\(\s*(Error\s*)?\)")


def _exception_filter_findings(ctx, analysis: "ErrorLeak") -> Iterator[Finding]:
    """A NestJS global exception filter's `catch(exception, host)` that puts the exception's
    text into the response: in an app that talks to Mistral, every Mistral error a service lets
    escape ends there. What only an `HttpException` has (`getStatus()`, `getResponse()`, a read
    under `instanceof HttpException`) is the app's own answer, not an upstream error's text."""
    if ctx.language not in ("typescript", "javascript") or not _CATCH_ALL.search(ctx.source.data) \
            or not (analysis.mentions_mistral or _project_uses_mistral(ctx)):
        return
    seen: set[int] = set()
    for name, body in _catch_all_filters(ctx.root):
        for leak in analysis._exception_texts(name, body):
            if _HTTP_EXCEPTION_API.search(node_text(leak)) or _under_http_exception_test(leak, body):
                continue
            found = analysis.sink_of(leak, body)
            if found is not None and found[1].startswith("alias:"):
                # `const message = exception.message; res.json({ message })`: reported where it is sent.
                leak, found = next(((ref, f) for ref in _references(found[1][len("alias:"):], body, after=leak.end_byte)
                                    if (exposed := _exposed(ref)) is not None
                                    and (f := analysis.sink_of(exposed, body)) is not None
                                    and not f[1].startswith("alias:")), (leak, None))
            if found is not None and found[0].start_byte not in seen:
                seen.add(found[0].start_byte)
                yield ctx.finding(CODE, leak.start_byte, leak.end_byte,
                                  where=f" — an exception filter that catches every error: {found[1]}")


_HTTP_EXCEPTION_API = re.compile(r"\.(getStatus|getResponse)\(")


def _under_http_exception_test(node: ts.Node, stop: ts.Node) -> bool:
    """Inside `if (exception instanceof HttpException) { … }` or its ternary's first branch."""
    child, parent = node, node.parent
    while parent is not None and child != stop:
        if parent.type in ("if_statement", "ternary_expression"):
            condition = parent.child_by_field_name("condition")
            taken = parent.child_by_field_name("consequence")
            if condition is not None and "instanceof HttpException" in node_text(condition) and child == taken:
                return True
        child, parent = parent, parent.parent
    return False


def _catch_all_filters(root: ts.Node) -> Iterator[tuple[str, ts.Node]]:
    """(the exception parameter, the body) of `catch` methods of `@Catch()` classes."""
    for child in root.named_children:
        node = child.child_by_field_name("declaration") if child.type == "export_statement" else child
        if node is None or node.type != "class_declaration":
            continue
        decorators = [d for d in (*child.children, *node.children) if d.type == "decorator"]
        if not any(_CATCH_ALL.match(node_text(d).encode()) for d in decorators):
            continue
        body = node.child_by_field_name("body")
        for member in body.named_children if body is not None else ():
            if member.type == "method_definition" and node_text(member.child_by_field_name("name")) == "catch":
                name, block = _first_param(member), member.child_by_field_name("body")
                if name and block is not None:
                    yield name, block


def _related(fact: ModuleFact) -> RelatedLocation:
    point = Position(fact.line, fact.character, 0)
    what = "reaches Mistral here and lets its errors escape" if fact.kind == REACHES_MISTRAL \
        else "is a Mistral client or model, made here"
    return RelatedLocation(Span(point, point), f"{fact.detail} {what}", path=fact.path)


def _given_services(ctx) -> bool:
    """The class's importers hand its constructor a Mistral service (`rules/injected_services.py`)."""
    return ctx.project is not None and any(k.startswith(INJECT_PREFIX) for k in ctx.project.forwarded_errors)


def _project_uses_mistral(ctx) -> bool:
    return bool(ctx.project is not None and ctx.project.talks_to_mistral())


class ErrorLeak:
    """One file's MK006 analysis."""

    def __init__(self, ctx, assumed_defaults: frozenset[str] = frozenset()):
        self.ctx = ctx
        # Frameworks whose default model is taken to be Mistral (the summary of a module that sets
        # none asks what would then call it: `FRAMEWORK_PROGRAM`).
        self.assumed_defaults = assumed_defaults
        self.language = ctx.language
        self.root = ctx.root
        self.flow = ctx.flow
        self.mentions_mistral = ctx.mentions_mistral

    # -- where the code runs ------------------------------------------------------------------

    @cached_property
    def answers_users(self) -> bool:
        web = _PYTHON_WEB_SOURCE if self.language == "python" else _WEB_SOURCE
        if web.search(self.ctx.source.data) or self.error_middlewares:
            return True
        if self.language != "python" and _USE_SERVER.match(self.ctx.source.data[:_DIRECTIVE_HEAD]):
            return True  # server actions: what they return is serialised to the calling form
        if self.language in ECMA_LANGUAGES and contains(self.ctx.source.data, b"res") and \
                RESPONDER_PARAMS.search(self.ctx.source.data):
            return True  # a helper handed the response and an error answers the request
        if self.language in ECMA_LANGUAGES and contains(self.ctx.source.data, b"interaction.") and \
                _DISCORD_INTERACTION.search(self.ctx.source.data):
            return True  # a discord.js event or command module, loaded by path: it imports no discord.js
        return bool(_WEB_PATH.search(self.rel_path))

    @cached_property
    def rel_path(self) -> str:
        """The file's path inside its project (`/` separators), else as given."""
        project = self.ctx.project
        return project.rel_path if project is not None and project.rel_path else self.ctx.path.replace("\\", "/")

    @cached_property
    def streamlit(self) -> bool:
        """Streamlit draws every placeholder, column and container call on the user's page."""
        return bool(re.search(rb"(?m)^[^\S\n]*import\s+streamlit|^[^\S\n]*from\s+streamlit", self.ctx.source.data))

    # -- Mistral calls -------------------------------------------------------------------------

    @cached_property
    def handles(self) -> set[str]:
        """Names that refer to a Mistral client, an axios instance for api.mistral.ai, a chain
        built on ChatMistralAI, a module of Mistral helpers ..."""
        names = set(client_aliases(self.language, self.root))
        names |= {n for n, t in self._typed_parameters if _MISTRAL.search(t)}
        facts = self._imported_facts
        names |= {n for n, module in self._imports
                  if (_MISTRAL.search(module) or _MISTRAL.search(n)) and n not in facts}
        names |= {n for n, fact in facts.items() if fact.kind == MISTRAL_OBJECT}
        names -= set(self._fallback_helpers)  # `askMistral = require("./mistral")` that falls back
        defaults = self.__dict__["default_models"] = {fact.detail for fact in facts.values() if fact.kind == DEFAULT_MODEL}
        defaults |= self.assumed_defaults
        programs = [(name, fact.detail) for name, fact in facts.items() if fact.kind == FRAMEWORK_PROGRAM]
        for _ in range(3):
            before = len(names) + len(defaults)
            defaults.update(framework for framework, value in self._default_setters
                            if framework not in defaults and self._builds_handle(value, names))
            names.update(name for name, framework in programs if framework in defaults)
            for binding in self.flow.bindings:
                if binding.name not in names and self._builds_handle(binding.value, names):
                    names.add(binding.name)
            names |= self._local_factories(names)
            names |= self._fed_builders(names)
            if len(names) + len(defaults) == before:
                break
        return names

    def _local_factories(self, names: set[str]) -> set[str]:
        """Top-level Python functions that build and return a Mistral model, agent or chain
        (`def build_chain(): return prompt | model`, `def get_llm(): return ChatMistralAI(…)`): what a
        call of one gives (`rag_chain = build_chain()`) is a handle. Not a function returning what a
        request gives (`return client.chat.complete(…)`)."""
        if self.language != "python":
            return set()
        out = set()
        for name, _fn, body in top_level_functions(self.root):
            if name not in names and any(self._builds_handle(value, names) for value in _built_returns(body)):
                out.add(name)
        return out

    @cached_property
    def _default_setters(self) -> list[tuple[str, ts.Node]]:
        """(framework, value) of the statements that set a framework's default model: LlamaIndex's
        `Settings.llm = …` (and its embedding model), DSPy's `dspy.configure(lm=…)` (also through
        `dspy.settings`). Framework-specific: these are the frameworks with a process-wide model."""
        data = self.ctx.source.data
        out = []
        if b"Settings." in data:
            out.extend(("llama_index", b.value) for b in self.flow.bindings if b.name in _LLAMA_INDEX_DEFAULTS)
        if self.language == "python" and b"configure(" in data and b"lm=" in data:
            for call in self._calls.calls:
                callee, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
                text = node_text(callee) if callee is not None and callee.type == "attribute" else ""
                if not _CONFIGURE_DEFAULT.match(text) or args is None:
                    continue
                out.extend((_root_name(text), arg.child_by_field_name("value")) for arg in args.named_children
                           if arg.type == "keyword_argument" and node_text(arg.child_by_field_name("name")) == "lm")
        return out

    @cached_property
    def default_models(self) -> set[str]:
        """Frameworks whose default model is a Mistral model, set here or by a module this one imports."""
        _ = self.handles  # (found with the handles)
        return self.__dict__["default_models"]

    def _default_built(self, callee_text: str, args: ts.Node) -> bool:
        """Under a Mistral default model: an agent, chain or engine built without a model of its own
        (`index.as_query_engine()`), a program of the framework's module given its signature
        (`dspy.Predict("question -> answer")`), an instance of a program class (`class RAG(dspy.Module)`)."""
        defaults = self.__dict__.get("default_models")
        root = _root_name(callee_text)
        if not defaults or root in self._imported_facts or root in self._function_bodies:
            return False  # a project function (`build_local_engine()`): its own module decides
        last = last_segment(callee_text)
        if AGENT_BUILDER.search(last):
            # Imported from another package (`create_engine` of SQLAlchemy), the builder is not
            # the framework's: only its own builders take its default model.
            source = self._import_sources.get(root)
            return source is None or _top_package(source) in defaults
        if root in defaults and _CONSTRUCTOR.match(last) and callee_text.count(".") == 1:
            return any(a.type not in ("keyword_argument", "comment") for a in args.named_children)
        return callee_text in self._program_classes

    @cached_property
    def _import_sources(self) -> dict[str, str]:
        return dict(self._imports)

    @cached_property
    def _program_classes(self) -> frozenset[str]:
        """Top-level classes of this file that subclass a framework's program class (`dspy.Module`)."""
        defaults = self.__dict__.get("default_models") or ()
        out = set()
        for child in self.root.named_children if defaults else ():
            node = child.child_by_field_name("definition") if child.type == "decorated_definition" else child
            bases = node.child_by_field_name("superclasses") if node is not None and node.type == "class_definition" else None
            if bases is not None and any(node_text(base) == f"{framework}.Module"
                                         for base in bases.named_children for framework in defaults):
                out.add(node_text(node.child_by_field_name("name")))
        return frozenset(out)

    @cached_property
    def _builders(self) -> dict[str, list[ts.Node | None]]:
        """Names bound to an empty pipeline, graph or workflow (`p = Pipeline()`, `builder =
        StateGraph(State)`), whose components are added by later method calls; with the function
        each binding is made in (None: the module)."""
        out: dict[str, list[ts.Node | None]] = {}
        for binding in self.flow.bindings:
            value = unwrap(binding.value)
            callee = value.child_by_field_name("function") or value.child_by_field_name("constructor") \
                if value.type in ("call", "call_expression", "new_expression") else None
            if callee is not None and callee.end_byte - callee.start_byte <= _CALLEE_PEEK and \
                    AGENT_BUILDER.search(last_segment(node_text(callee))):
                out.setdefault(binding.name, []).append(enclosing(binding.name_node, FUNCTION_TYPES))
        return out

    def _fed_builders(self, names: set[str]) -> set[str]:
        """Builders given a Mistral component or a step that calls one (`p.add_component("llm",
        MistralChatGenerator(…))`, `builder.add_node("respond", respond)` with `respond` calling
        a Mistral model): running what they build (`builder.compile()`) calls Mistral. A name is a
        handle when each of its builders is fed (two functions' local `p` may build different
        pipelines); `fed_builder` answers for one binding."""
        waiting = {name: scopes for name, scopes in self._builders.items() if name not in names}
        if not waiting:
            return set()
        fed = self.__dict__.setdefault("_fed_scopes", set())
        for call in self._calls.calls:
            callee = call.child_by_field_name("function")
            args = call.child_by_field_name("arguments")
            if callee is None or args is None or callee.type not in ("attribute", "member_expression"):
                continue
            receiver = callee.child_by_field_name("object")
            if receiver is None or receiver.type != "identifier":
                continue  # (a chain's receiver is a call: reading its text on each link cost a bundle's size)
            owner = node_text(receiver)
            scope = _innermost_scope(waiting.get(owner, ()), call)
            if scope is not False and (owner, scope) not in fed and any(
                    self._builds_handle(arg, names) or self._step_uses(arg, names) for arg in _argument_values(args)):
                fed.add((owner, scope))
        return {name for name, scopes in waiting.items() if all((name, scope) in fed for scope in scopes)}

    def fed_builder(self, name: str, at: ts.Node) -> bool:
        """`name`, where `at` reads it, is a builder given a Mistral component."""
        _ = self.handles  # feeds the builders
        scope = _innermost_scope(self._builders.get(name, ()), at)
        return scope is not False and (name, scope) in self.__dict__.get("_fed_scopes", ())

    @cached_property
    def _function_bodies(self) -> dict[str, list[ts.Node]]:
        out: dict[str, list[ts.Node]] = {}
        for name, body in self._calls.functions:
            out.setdefault(name, []).append(body)
        return out

    def _step_uses(self, arg: ts.Node, names: set[str]) -> bool:
        """A step that calls a Mistral handle or an imported helper reaching Mistral: a function
        of this file handed by name, the helper itself, or a lambda."""
        if arg.type in FUNCTION_TYPES:
            bodies = [arg.child_by_field_name("body")]
        elif arg.type == "identifier":
            if node_text(arg) in self._local_helpers:
                return True
            bodies = self._function_bodies.get(node_text(arg), ())
        else:
            return False
        index = self._calls
        for body in bodies:
            if body is None:
                continue
            lo = bisect.bisect_left(index.starts, body.start_byte)
            hi = bisect.bisect_left(index.starts, body.end_byte)
            for call in index.calls[lo:hi]:
                callee = call.child_by_field_name("function")
                root = _root_name(_callee_text(callee, self.ctx.source.data)) if callee is not None else ""
                if root in names or root in self._local_helpers:
                    return True
        return False

    def _session_handles(self, names: set[str]) -> set[str]:
        """Keys of Chainlit's per-user session set with a Mistral object
        (`cl.user_session.set("engine", build_engine())`): what `get` returns under them calls it."""
        if b"user_session.set" not in self.ctx.source.data:
            return set()
        out = set()
        for call in self._calls.calls:
            callee, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
            if callee is None or args is None or not node_text(callee).endswith("user_session.set"):
                continue
            values = list(_argument_values(args))
            if len(values) == 2 and self._builds_handle(values[1], names):
                out.add(_first_string(args))
        return out - {None}

    def _builds_handle(self, value: ts.Node, names: set[str]) -> bool:
        """A value that is (or reaches) a Mistral client: `Mistral(...)`, `axios.create({ baseURL:
        "https://api.mistral.ai" })`, `client.chat`, `prompt | llm`. Model-name strings are not."""
        value = unwrap(value)
        if value.type in ("call", "call_expression", "new_expression"):
            callee = value.child_by_field_name("function") or value.child_by_field_name("constructor")
            args = value.child_by_field_name("arguments")
            data = self.ctx.source.data
            callee_text = _callee_text(callee, data) if callee is not None else ""
            if callee is not None and self._says_mistral(callee) or _root_name(callee_text) in names:
                return True
            if args is not None and last_segment(callee_text) == "Router" and (
                    _LITELLM_MISTRAL.search(node_text(args)) or any(deployment_groups(args).values())):
                return True  # a litellm Router with a Mistral deployment in its model list
            if args is not None and AGENT_BUILDER.search(last_segment(callee_text)) and \
                    any(self._builds_handle(arg, names) for arg in _argument_values(args)):
                return True  # `create_react_agent(model, tools)`, `index.as_query_engine(llm=llm)`
            if args is not None and self._default_built(callee_text, args):
                return True
            if args is not None and _CONSTRUCTOR.match(last_segment(callee_text)) and (
                    self._litellm_model(callee_text, args) or self._registers_agents(args, names)
                    or self._given_model(args, names)):
                return True
            if args is not None and _MODEL_CLASS.search(last_segment(callee_text)) and (
                    self._litellm_model(callee_text, args) or self.language == "python" and self.names_mistral_provider(args)):
                return True  # `init_chat_model("mistral-large-latest", model_provider="mistralai")`
            if args is not None and self._pipes_handle(callee, args, names):
                return True
            if args is not None and callee_text.endswith("user_session.get") and \
                    _first_string(args) in self._session_handles(names):
                return True  # Chainlit's `cl.user_session.get("engine")`, set with a Mistral engine
            if callee.type == "member_expression" and self._chained_builder(callee, args, names):
                return True
            if args is not None and _SEQUENCE_BUILDER.search(callee_text) and \
                    any(self._builds_handle(arg, names) for arg in _argument_values(args)):
                return True  # LangChain JS's `RunnableSequence.from([prompt, model, parser])`
            return args is not None and (self._says_mistral(args) and bool(_MISTRAL_URL.search(node_text(args)))
                                         or self._based_on_section(args))
        if value.type in ("attribute", "member_expression", "identifier", "shorthand_property_identifier",
                          "subscript", "subscript_expression"):
            text = _callee_text(value, self.ctx.source.data)
            return _root_name(text) in names or _root_name(text) in self._module_objects and _dotted_in(text, names) \
                or text.startswith(("self.", "this.")) and text in names and self._own_attribute(text, value, names)
        if value.type == "array" and value.parent is not None and value.parent.type == "arguments":
            return any(self._builds_handle(item, names) for item in value.named_children[:_MAX_SEQUENCE])
        if value.type in ("binary_operator", "binary_expression"):
            return any(self._builds_handle(side, names) for side in (value.child_by_field_name("left"),
                                                                      value.child_by_field_name("right"))
                       if side is not None)
        return False

    def _litellm_model(self, callee_text: str, args: ts.Node) -> bool:
        """A model object on a LiteLLM `mistral/` model id (smolagents' `LiteLLMModel(model_id=
        "mistral/…")`, `dspy.LM("mistral/…")`, CrewAI's `LLM(model="mistral/…")`): litellm sends
        its calls to Mistral's API."""
        if _OTHER_PROVIDER.search(callee_text) or not self._says_mistral(args) and not self._model_constants:
            return False
        model_class = bool(_MODEL_CLASS.search(last_segment(callee_text)))
        for arg in args.named_children:
            key = arg.child_by_field_name("name") or arg.child_by_field_name("key") \
                if arg.type in ("keyword_argument", "pair") else None
            value = arg.child_by_field_name("value") if key is not None else arg
            pairs = [(p.child_by_field_name("key"), p.child_by_field_name("value"))
                     for p in arg.named_children if p.type == "pair"] if arg.type == "object" else [(key, value)]
            for key, value in pairs:
                if value is not None and self._mistral_model_id(value) and (
                        key is None and (model_class or _PREFIXED_MODEL.match(node_text(value)))
                        or key is not None and _MODEL_FIELD.match(node_text(key))):
                    return True
        return False

    @cached_property
    def _model_constants(self) -> bool:
        """Whether a `mistral/` model id may sit in a constant: this file writes one, or imports one."""
        return b"mistral/" in self.ctx.source.data or any(
            fact.kind == MISTRAL_MODEL for fact in self._imported_facts.values())

    def _mistral_model_id(self, value: ts.Node) -> bool:
        """A litellm `mistral/` model id: a literal, the default of an environment read
        (`os.getenv("MODEL", "mistral/…")`), or a constant holding one (this module's, or another's
        `MISTRAL_MODEL` fact: `model_id=AGENT_MODEL`, `model=settings.CREW_MODEL`)."""
        if value.type in ("identifier", "attribute"):
            fact = self._imported_facts.get(node_text(value))
            if fact is not None:
                return fact.kind == MISTRAL_MODEL
            bindings = self.flow.by_name.get(node_text(value), ()) if value.type == "identifier" else ()
            value = bindings[0].value if len(bindings) == 1 and bindings[0].is_variable else value
        literal = litellm_model_literal(value)
        return literal is not None and (_LITELLM_MISTRAL.match(node_text(literal)) is not None
                                        or _PREFIXED_MODEL.match(node_text(literal)) is not None)

    def names_mistral_provider(self, args: ts.Node) -> bool:
        """A keyword naming Mistral as the model's provider (`model_provider="mistralai"`)."""
        for arg in args.named_children:
            if arg.type == "keyword_argument" and node_text(arg.child_by_field_name("name")) in _PROVIDER_FIELD:
                value = arg.child_by_field_name("value")
                if value is not None and _MISTRAL_PROVIDER.match(node_text(value)):
                    return True
        return False

    def _given_model(self, args: ts.Node, names: set[str]) -> bool:
        """An object built with a Mistral model in its model field (Agno's `Team(model=MistralChat(…))`,
        AutoGen's `AssistantAgent(…, model_client=client)`): it calls that model."""
        for arg in args.named_children:
            pairs = arg.named_children if arg.type == "object" else [arg] if arg.type == "keyword_argument" else []
            for pair in pairs:
                key = pair.child_by_field_name("key") or pair.child_by_field_name("name")
                value = pair.child_by_field_name("value")
                if key is not None and value is not None and _MODEL_HANDLE_FIELD.match(node_text(key)) \
                        and self._builds_handle(value, names):
                    return True
        return False

    def _registers_agents(self, args: ts.Node, names: set[str]) -> bool:
        """A registry built with agents, workflows or chains among its fields (Mastra's `new
        Mastra({ agents: { travelAgent } })`) where one of them is a Mistral handle: what it hands
        out (`mastra.getAgent("travelAgent")`) calls Mistral."""
        for arg in args.named_children:
            pairs = arg.named_children if arg.type == "object" else [arg] if arg.type == "keyword_argument" else []
            for pair in pairs:
                key = pair.child_by_field_name("key") or pair.child_by_field_name("name")
                value = pair.child_by_field_name("value")
                if key is None or value is None or not AGENT_BUILDER.search(node_text(key)):
                    continue
                members = value.named_children[:_MAX_SEQUENCE] if value.type in (
                    "object", "array", "list", "dictionary") else [value]
                for member in members:
                    member = member.child_by_field_name("value") or member if member.type == "pair" else member
                    if self._builds_handle(member, names):
                        return True
        return False

    def _chained_builder(self, callee: ts.Node, args: ts.Node | None, names: set[str]) -> bool:
        """LangGraph JS's `new StateGraph(State).addNode("agent", callModel).compile()`: a chain of
        method calls on a new pipeline, graph or workflow, one of them given a Mistral component
        or a step that calls one."""
        links = [args] if args is not None else []  # the argument lists of the chain's method calls
        node = callee
        for _ in range(_MAX_SEQUENCE):
            receiver = node.child_by_field_name("object") if node.type == "member_expression" else None
            if receiver is None or receiver.type not in ("call_expression", "new_expression"):
                return False
            inner = receiver.child_by_field_name("function") or receiver.child_by_field_name("constructor")
            if inner is None:
                return False
            if receiver.type == "new_expression" or inner.type == "identifier":
                # The base first: only a builder's chain has its arguments read.
                return inner.end_byte - inner.start_byte <= _CALLEE_PEEK and \
                    bool(AGENT_BUILDER.search(last_segment(node_text(inner)))) and \
                    any(self._builds_handle(arg, names) or self._step_uses(arg, names)
                        for args in links for arg in _argument_values(args))
            args = receiver.child_by_field_name("arguments")
            if args is not None:
                links.append(args)
            node = inner
        return False

    def _pipes_handle(self, callee: ts.Node, args: ts.Node, names: set[str]) -> bool:
        """LangChain JS's `prompt.pipe(model).pipe(parser)`: a chain with a Mistral model in it."""
        if callee.type != "member_expression" or node_text(callee.child_by_field_name("property")) != "pipe":
            return False
        receiver = callee.child_by_field_name("object")
        return any(self._builds_handle(arg, names) for arg in _argument_values(args)) or \
            receiver is not None and self._builds_handle(receiver, names)

    @cached_property
    def _imports(self) -> list[tuple[str, str]]:
        """(local name, module) for imports and requires of this file."""
        out = []
        stack = [(self.root, 0)]
        while stack:
            node, depth = stack.pop()
            if node.type == "import_from_statement":
                module = node_text(node.child_by_field_name("module_name"))
                for child in node.children_by_field_name("name"):
                    alias = child.child_by_field_name("alias") if child.type == "aliased_import" else None
                    out.append((node_text(alias or child), module))
            elif node.type == "import_statement" and not self.language == "python":
                source = node.child_by_field_name("source")
                module = node_text(source).strip("'\"")
                for ident in _identifiers(node):
                    if ident != module:
                        out.append((ident, module))
            elif node.type == "variable_declarator":
                value = node.child_by_field_name("value")
                if value is not None and value.type == "call_expression" and \
                        node_text(value.child_by_field_name("function")) == "require":
                    module = node_text(value.child_by_field_name("arguments")).strip("()'\"")
                    for ident in _identifiers(node.child_by_field_name("name")):
                        out.append((ident, module))
            if depth < 4:  # imports and requires sit at the top of a module (or in a try/if there)
                stack.extend((child, depth + 1) for child in node.named_children)
        return out

    @cached_property
    def _typed_parameters(self) -> list[tuple[str, str]]:
        return typed_parameters(self.root, self.language)

    @property
    def _imported_facts(self):
        project = self.ctx.project
        return project.imported if project is not None else {}

    @cached_property
    def _local_classes(self) -> frozenset[str]:
        """Classes this file defines: building one (`AppConfig(model="mistral-small-latest")`)
        calls no model, whatever its arguments name."""
        names = set()
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node.type in ("class_definition", "class_declaration"):
                name = node.child_by_field_name("name")
                if name is not None:
                    names.add(node_text(name))
            if node.type not in FUNCTION_TYPES and len(names) < 256:
                stack.extend(node.named_children)
        return frozenset(names)

    @cached_property
    def _module_objects(self) -> frozenset[str]:
        """Local names of imported module objects whose members the project view knows (`m` of
        `import pkg.mod as m`, `from pkg import mod`): `m.client.chat.complete(…)` is looked up
        by its dotted prefixes."""
        return frozenset(name.split(".", 1)[0] for name in self._imported_facts if "." in name)

    @cached_property
    def _imported_objects(self) -> set[str]:
        return {name for name, fact in self._imported_facts.items() if fact.kind == MISTRAL_OBJECT}

    @cached_property
    def _local_helpers(self) -> set[str]:
        """Names imported from the project's own modules that reach Mistral: by the project view's
        summary of the module where there is one, else by a name that suggests an LLM helper."""
        facts = self._imported_facts
        out = {name for name, fact in facts.items() if fact.kind in (REACHES_MISTRAL, MISTRAL_OBJECT)}
        if self.ctx.project is not None and self.ctx.project.has_view:
            return out  # every project module was resolved and summarised: names decide nothing
        for name, module in self._imports:
            if name in facts:
                continue  # the module's own body decided, whatever its name says
            local = module.startswith(".") or "/" in module and not module.startswith("@") or \
                self.language == "python" and not module.split(".")[0] in _PY_STDLIB_LIKE
            if local and _HELPER_NAME.search(name) and not _OTHER_PROVIDER.search(module + " " + name):
                out.add(name)
        return out

    @cached_property
    def _imported_methods(self) -> dict[str, ModuleFact]:
        """`Class.method` facts of the classes this file imports from the project's modules."""
        return {name: fact for name, fact in self._imported_facts.items()
                if "." in name and fact.kind in (REACHES_MISTRAL, CATCHES_MISTRAL)}

    @cached_property
    def _instances(self) -> dict[str, str]:
        """Names holding an instance of such a class, with the class: `svc = ChatService()`,
        `this.svc = new ChatService()`, a parameter typed `ChatService` (an injected service)."""
        classes = {name.rsplit(".", 1)[0] for name in self._imported_methods}
        if not classes:
            return {}
        out: dict[str, str] = {}
        for binding in self.flow.bindings:
            value = unwrap(binding.value)
            if value.type in ("call", "call_expression", "new_expression"):
                callee = value.child_by_field_name("function") or value.child_by_field_name("constructor")
                if callee is not None and node_text(callee) in classes:
                    out[binding.name] = node_text(callee)
        words = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(classes)) + r")\b")
        for name, annotation in self._typed_parameters:
            match = words.search(annotation)
            if match:
                out.setdefault(name, match.group(1))
        return out

    def _method_fact(self, callee: str, at: ts.Node | None = None) -> ModuleFact | None:
        """The imported class's fact for `instance.method` (on `self.`/`this.` too), if any; `at`,
        the call, tells which class's `self.svc` it is when several classes bind that name."""
        injected = injected_method_fact(self, callee, at)
        if injected is not None:  # a service the class's importers hand its constructor
            return injected
        if not self._imported_methods:
            return None
        instance, _, method = callee.replace("?.", ".").rpartition(".")
        if self._shared_instances and "." in instance and not instance.startswith(("self.", "this.")):
            shared = self._shared_instances.get(f"{SHARED_INSTANCE_PREFIX}{last_segment(instance)}.{method}")
            if shared is not None:  # `request.registry.answerer.answer`: put there by the app factory
                return shared
        made = _constructed(instance)
        target = made if made is not None else instance
        own = self._bound_in_class(_unself(target), at) if target.startswith(("self.", "this.")) else None
        if made is not None:  # `Service().reply`, `self.service_class().reply`: a fresh instance
            cls = made if made in self._classes_imported else \
                self._class_of(own, as_class=True) if own else self._class_names.get(_unself(made))
        else:
            cls = self._class_of(own, as_class=False) if own else \
                self._instances.get(instance) or self._instances.get(_unself(instance))
        return self._imported_methods.get(f"{cls}.{method}") if cls else None

    def _bound_in_class(self, name: str, at: ts.Node | None) -> list:
        """The bindings of `self.name` (a class attribute or `self.name = …`) inside the class
        around `at`."""
        scope = enclosing(at, _CLASS_TYPES) if at is not None else None
        if scope is None:
            return []
        return [b for key in (name, "self." + name, "this." + name) for b in self.flow.by_name.get(key, ())
                if scope.start_byte <= b.name_node.start_byte < scope.end_byte]

    def _class_of(self, bindings: list, as_class: bool) -> str | None:
        """The imported class those bindings hold: the class itself (`as_class`) or an instance."""
        for binding in bindings:
            value = unwrap(binding.value)
            if not as_class and value.type in ("call", "call_expression", "new_expression"):
                value = value.child_by_field_name("function") or value.child_by_field_name("constructor")
            elif not as_class and value.type == "identifier":
                injected = _injected_class(binding, node_text(value), self._classes_imported, self.language)
                if injected is not None:
                    return injected
                continue
            elif not as_class or value.type not in ("identifier", "attribute", "member_expression"):
                continue
            if value is not None and node_text(value) in self._classes_imported:
                return node_text(value)
        return None

    @cached_property
    def _shared_instances(self) -> dict[str, ModuleFact]:
        return {name: fact for name, fact in self._imported_methods.items() if name.startswith(SHARED_INSTANCE_PREFIX)}

    @cached_property
    def _classes_imported(self) -> frozenset[str]:
        return frozenset(name.rsplit(".", 1)[0] for name in self._imported_methods)

    @cached_property
    def _class_names(self) -> dict[str, str]:
        """Names bound to one of those classes itself, not an instance (a Django view's
        `service_class = DraftService`): calling one makes an instance."""
        classes = self._classes_imported
        return {_unself(b.name): node_text(b.value) for b in self.flow.bindings
                if b.value.type in ("identifier", "attribute", "member_expression")
                and node_text(b.value) in classes}

    def _bus_fact(self, call: ts.Node) -> ModuleFact | None:
        """`this.commandBus.execute(new SummarizeCommand(text))`: NestJS CQRS runs the handler
        registered for the command, whose fact its module gives as `SummarizeCommand.execute`."""
        args = call.child_by_field_name("arguments")
        first = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
        cls = first.child_by_field_name("constructor") if first is not None and first.type == "new_expression" else None
        return self._imported_methods.get(f"{node_text(cls)}.execute") if cls is not None else None

    def _falls_back(self, callee: str, root_name: str, at: ts.Node | None = None) -> bool:
        """A project helper (function or instance method) whose summary says it catches every
        Mistral error and returns a fallback, whatever its name or arguments (a model id) say."""
        facts = self._imported_facts
        if not facts:
            return False
        fact = facts.get(callee) or (facts.get(root_name) if root_name == callee else None) \
            or self._method_fact(callee, at)
        return fact is not None and fact.kind == CATCHES_MISTRAL

    def _reads_mistral_job(self, owner: str) -> bool:
        """`huey.result(task_id)`, `await job.result()`: a task queue's result getter raises the
        failed job's error again, in a file that queues a task reaching Mistral (one it imports
        from the project, or enqueues by `.delay`/`.enqueue`)."""
        if not _JOB_OBJECT.search(owner):
            return False
        imported = any(fact.kind == REACHES_MISTRAL and "." not in name for name, fact in self._imported_facts.items())
        return imported or enqueues_mistral_job(self, local=set())  # (its own functions are being found)

    def _method_reaches(self, callee: str, at: ts.Node | None = None) -> bool:
        fact = self._method_fact(callee, at)
        return fact is not None and fact.kind == REACHES_MISTRAL

    @cached_property
    def mistral_functions(self) -> set[str]:
        """Functions and methods of this file whose body calls Mistral (followed transitively)."""
        index = self._calls
        found: set[str] = {name for name, body in index.functions
                           if body.parent is not None and self.model_decorator(body.parent) is not None}
        for _ in range(_COVER_LIMIT):
            before = len(found)
            hits = index.prefix(lambda call: self.is_mistral_call(call, found))
            for name, body in index.functions:
                if name not in found and index.any_within(hits, body):
                    found.add(name)
            if len(found) == before:
                break
        return found

    @cached_property
    def _local_fallbacks(self) -> frozenset[str]:
        """Top-level functions of this file that reach Mistral but catch every request's error and
        return instead (`def ask_or_default(q): try: … except Exception: return "…"`): a call to
        one cannot fail with Mistral's error, as an imported helper whose summary says so."""
        functions = self.mistral_functions
        if not functions:
            return frozenset()
        return frozenset(name for name, fn, body in top_level_functions(self.root)
                         if name in functions and self.first_escape(fn, body, functions) is None)

    def first_escape(self, fn: ts.Node, body: ts.Node, functions: set[str] | None = None) -> ts.Node | None:
        """Where a Mistral error leaves the function: its model decorator, or its first uncaught call."""
        return self.model_decorator(fn) or first_uncaught(self, body, functions)

    def model_decorator(self, fn: ts.Node) -> ts.Node | None:
        """The decorator that makes `fn` an LLM function on a Mistral model (Mirascope's
        `@llm.call(provider="mistral", …)` and `@mistral.call("…")`, magentic's `@prompt("…",
        model=LitellmChatModel("mistral/…"))`): calling `fn` sends its prompt to Mistral."""
        parent = fn.parent
        if self.language != "python" or parent is None or parent.type != "decorated_definition":
            return None
        for decorator in parent.children:
            call = decorator.named_children[0] if decorator.type == "decorator" and decorator.named_children else None
            callee = call.child_by_field_name("function") if call is not None and call.type == "call" else None
            args = call.child_by_field_name("arguments") if callee is not None else None
            if args is None:
                continue
            if self._says_mistral(callee) and _CONSTRUCTOR.match(last_segment(node_text(callee))) is None \
                    and callee.type == "attribute" and node_text(callee.child_by_field_name("object")) in self.handles \
                    or self.names_mistral_provider(args):
                return call
            for arg in args.named_children:
                name = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
                value = arg.child_by_field_name("value") if name is not None else None
                if value is not None and _MODEL_FIELD.match(node_text(name)) and (
                        self._builds_handle(value, self.handles) or self._mistral_model_id(value)):
                    return call
        return None

    @cached_property
    def _calls(self) -> "_CallIndex":
        return _CallIndex(self.language, self.root)

    @property
    def call_nodes(self) -> list[ts.Node]:
        """Every call and `new` of the file, in source order."""
        return self._calls.calls

    @property
    def function_bodies(self) -> list[tuple[str, ts.Node]]:
        """(name, body) of the file's named functions."""
        return self._calls.functions

    @cached_property
    def _mistral_at(self) -> list[int]:
        """Where the file says "mistral" (any case): a range test replaces searching each
        call's text, which for nested calls re-read the same bytes once per level."""
        low, found = lowered(self.ctx.source.data), []
        at = low.find(b"mistral")
        while at >= 0:
            found.append(at)
            at = low.find(b"mistral", at + 1)
        return found

    def _says_mistral(self, node: ts.Node) -> bool:
        at = bisect.bisect_left(self._mistral_at, node.start_byte)
        return at < len(self._mistral_at) and self._mistral_at[at] + len("mistral") <= node.end_byte

    @cached_property
    def _url_names(self) -> bool:
        """Whether some name is bound to a Mistral endpoint (else no argument can be one)."""
        return any(b.is_variable and b.value.type in _URL_VALUE_TYPES and self._says_mistral(b.value)
                   and _MISTRAL_URL.search(node_text(b.value)) for b in self.flow.bindings)

    def is_mistral_call(self, call: ts.Node, functions: set[str] | None = None) -> bool:
        functions = self.mistral_functions if functions is None else functions
        facts = self._call_facts(call)
        if facts is None:
            return False
        always, root_name, last, on_self = facts
        return always or root_name in functions or (on_self and last in functions) \
            or (last in functions and root_name != last and root_name in self._local_instances) \
            or (is_runner(last) and self._runs_mistral_function(call, functions)) \
            or (last in _AGENT_RUNS and self._runs_assembled(call, root_name, functions))

    def _runs_assembled(self, call: ts.Node, root_name: str, functions: set[str]) -> bool:
        """`ResearchCrew().crew().kickoff(…)`: what a method of a class assembles is run, and some
        method of that class (this file's, or an imported one by its summary) reaches Mistral
        (CrewAI's crew classes, whose `crew()` gathers the agents the other methods build)."""
        callee = call.child_by_field_name("function")
        receiver = callee.child_by_field_name("object") if callee is not None and callee.type == "attribute" else None
        if receiver is None or receiver.type != "call":
            return False
        if any(name.startswith(root_name + ".") and fact.kind == REACHES_MISTRAL
               for name, fact in self._imported_methods.items()):
            return True
        return root_name in self._local_classes and any(
            cls == root_name and method in functions for cls, method in self._class_method_names)

    @cached_property
    def _class_method_names(self) -> list[tuple[str, str]]:
        return [(cls, method) for cls, method, _fn, _body in class_methods(self.root)]

    def _runs_fallback(self, call: ts.Node) -> bool:
        """`run_in_threadpool(faq.lookup, q, "mistral-small-latest")`: the function it runs falls back."""
        args = call.child_by_field_name("arguments")
        first = next((a for a in args.named_children if a.type in ("identifier", "attribute", "member_expression")),
                     None) if args is not None else None
        return first is not None and self._falls_back(node_text(first), _root_name(node_text(first)))

    def _runs_mistral_function(self, call: ts.Node, functions: set[str]) -> bool:
        """`await run_in_threadpool(service.get_reply, msg)`, `asyncio.to_thread(ask, q)`: a runner
        handed a function that reaches Mistral calls it."""
        args = call.child_by_field_name("arguments")
        for arg in args.named_children if args is not None else ():
            if arg.type not in ("identifier", "attribute", "member_expression"):
                continue
            text = node_text(arg)
            if text in functions or text in self._local_helpers or self._method_reaches(text) or \
                    text.startswith(("self.", "this.")) and last_segment(text) in functions or \
                    self._reaching_class_method(text):
                return True
        return False

    def _reaching_class_method(self, text: str) -> bool:
        """`OcrWorkflow.run` handed as a reference: an imported class's method that reaches Mistral
        (the runner makes the instance)."""
        fact = self._imported_methods.get(text)
        return fact is not None and fact.kind == REACHES_MISTRAL

    @cached_property
    def _local_instances(self) -> frozenset[str]:
        """A class of this file, and names bound to one of its instances: `Agent().run(…)` and
        `agent.run(…)` call the class's `run`."""
        classes = self._local_classes
        if not classes:
            return frozenset()
        names = set(classes)
        for binding in self.flow.bindings:
            value = unwrap(binding.value)
            if value.type in ("call", "call_expression", "new_expression"):
                callee = value.child_by_field_name("function") or value.child_by_field_name("constructor")
                if callee is not None and node_text(callee) in classes:
                    names.add(binding.name)
        return frozenset(names)

    def _call_facts(self, call: ts.Node) -> tuple[bool, str, str, bool] | None:
        """What decides whether `call` calls Mistral, except the file's Mistral functions (which
        grow while they are being found): memoised per call."""
        cache = self.__dict__.setdefault("_facts_cache", {})
        if call not in cache:
            cache[call] = self._find_call_facts(call)
        return cache[call]

    def _find_call_facts(self, call: ts.Node) -> tuple[bool, str, str, bool] | None:
        callee = call.child_by_field_name("function") or call.child_by_field_name("constructor")
        # A log call's callee is a short name (`console.error`); reading an IIFE as one cost its size.
        if callee is None or callee.end_byte - callee.start_byte <= _CALLEE_PEEK and is_log_callee(callee):
            return None
        text = _callee_text(callee, self.ctx.source.data)
        root_name, last = _root_name(text), last_segment(text)
        if _reads_reply(text, root_name, last):
            return None  # `res.choices[0].message.content.split("\n")`: the reply's text, no request
        on_self = text.startswith(("self.", "this."))
        bus = self._bus_fact(call) if last == "execute" and self._imported_methods else None
        if self._falls_back(text, root_name, call) or is_runner(last) and self._runs_fallback(call) or \
                bus is not None and bus.kind == CATCHES_MISTRAL:
            return False, root_name, last, on_self  # its module decided: what it names is no matter
        if bus is not None or last in _JOB_RESULT_GETTERS and self._reads_mistral_job(root_name):
            return True, root_name, last, on_self
        if root_name in self._routers and _routed_elsewhere(self._routers[root_name], call):
            return False, root_name, last, on_self  # `router.completion(model="local")`: not a Mistral group
        always = self._says_mistral(callee) or self._handle_here(root_name, call) or root_name in self._local_helpers \
            or text in self._local_helpers or root_name in self._module_objects and _dotted_in(text, self.handles) \
            or on_self and self._on_self_handle(node_text(callee), call) or self._method_reaches(text, call)
        args = call.child_by_field_name("arguments")
        # (A raised error's message naming the key's variable, `SystemExit("set MISTRAL_API_KEY")`,
        # calls nothing.)
        raised = call.parent is not None and call.parent.type in ("raise_statement", "throw_statement")
        if not always and not raised and args is not None and last not in ("get", "getenv") \
                and not _OTHER_PROVIDER.search(root_name) and root_name not in self._local_classes:
            # Each test reads the arguments' text only when the cheap ones allow it (bundles nest calls).
            always = (self._says_mistral(args) or self._url_names) and not self._goes_elsewhere(root_name, args) \
                and (self._names_mistral(args) or self._url_names and any(
                    _is_url_name(ident, self.flow) for ident in _identifiers(args)))
            # A client or model made in another module, handed to the call (`generateText({ model })`).
            always = always or bool(self._imported_objects) and any(
                ident in self._imported_objects for ident in _identifiers(args))
            # A field of an imported model map (`model: models.primary`).
            always = always or any("." in name for name in self._imported_objects) and any(
                member in self._imported_objects for member in _member_texts(args))
            always = always or self._names_imported_endpoint(args)
            always = always or (bool(self._mistral_sections) or self._injects_section) and self._requests_section_url(args)
            always = always or self._sends_key(args) and not self._goes_elsewhere(root_name, args)
            always = always or last in _AGENT_RUNS and self._runs_handle(args, call)
        return always, root_name, last, on_self

    @cached_property
    def _mistral_sections(self) -> frozenset[str]:
        """Names bound somewhere to a Mistral-named config section or settings object read from
        elsewhere (`cfg = this.config.get("mistral")`, `cfg = settings.mistral`, `conf =
        CONFIG["mistral"]`): their URL fields are the Mistral endpoint where that binding is seen."""
        return frozenset(name for name, bindings in self.flow.by_name.items()
                         if len(bindings) <= _MAX_SECTION_BINDINGS and any(self._is_section(b) for b in bindings))

    def _is_section(self, binding) -> bool:
        value = unwrap(binding.value)
        return binding.is_variable and value.type in _SECTION_VALUE_TYPES and \
            value.end_byte - value.start_byte <= _MAX_SECTION_TEXT and self._says_mistral(value) and \
            bool(_MISTRAL_SECTION.search(node_text(value)))

    def _requests_section_url(self, args: ts.Node) -> bool:
        """The request's URL (its first argument, or `url=`) is a URL field of such a section, as
        bound where the request is made: `http.post(`${cfg.baseURL}/chat/completions`, …)`,
        `client.post(f"{cfg.base_url}/chat/completions")`."""
        first = next((a for a in args.named_children if a.type != "comment"), None)
        if first is not None and first.type == "keyword_argument":
            first = next((a.child_by_field_name("value") for a in args.named_children if a.type == "keyword_argument"
                          and node_text(a.child_by_field_name("name")) in ("url", "base_url")), None)
        return first is not None and self._names_section_url(first)

    def _names_section_url(self, value: ts.Node) -> bool:
        """`value` holds a URL field of a Mistral config section (`${cfg.baseURL}/…`)."""
        stack = [value]
        while stack:
            node = stack.pop()
            owner = _section_url_field(node)
            if owner is not None and (node_text(owner) in self._mistral_sections and self._section_here(owner)
                                      or owner.type != "identifier" and self._injected_section(owner)):
                return True
            if node.type not in FUNCTION_TYPES:
                stack.extend(node.named_children)
        return False

    def _based_on_section(self, args: ts.Node) -> bool:
        """A client made with its base URL from a Mistral config section: `axios.create({ baseURL:
        conf.baseUrl })`, `ky.create({ prefixUrl: this.cfg.baseURL })`, `httpx.AsyncClient(base_url=cfg.base_url)`."""
        if not (self._mistral_sections or self._injects_section):
            return False
        for arg in args.named_children:
            pairs = [arg] if arg.type == "keyword_argument" else arg.named_children if arg.type == "object" else []
            for pair in pairs:
                key = pair.child_by_field_name("key") or pair.child_by_field_name("name")
                value = pair.child_by_field_name("value")
                if key is not None and value is not None and _BASE_URL_OPTION.match(node_text(key).strip("'\"`")) \
                        and self._names_section_url(value):
                    return True
        return False

    def _section_here(self, name: ts.Node) -> bool:
        """The bindings of `name` the request sees (its function's, else the module's; for
        `self.cfg`, its class's) are all Mistral sections."""
        if name.type != "identifier":
            owner = enclosing(name, _CLASS_TYPES)
            seen = [b for b in self.flow.by_name.get(node_text(name), ()) if enclosing(b.name_node, _CLASS_TYPES) == owner]
            return owner is not None and bool(seen) and all(self._is_section(b) for b in seen)
        fn = enclosing(name, FUNCTION_TYPES)
        seen = [b for b in self.flow.by_name.get(node_text(name), ())
                if enclosing(b.name_node, FUNCTION_TYPES) == fn]
        if not seen and fn is not None:
            seen = [b for b in self.flow.by_name.get(node_text(name), ()) if enclosing(b.name_node, FUNCTION_TYPES) is None]
        return bool(seen) and all(self._is_section(b) for b in seen)

    def _runs_handle(self, args: ts.Node, call: ts.Node) -> bool:
        """A runner handed a Mistral agent first (the OpenAI Agents SDK's `Runner.run(agent, q)`)."""
        first = next((a for a in args.named_children if a.type != "comment"), None)
        return first is not None and first.type == "identifier" and self._handle_here(node_text(first), call)

    def _sends_key(self, args: ts.Node) -> bool:
        """A request whose headers carry the Mistral key (`headers={"Authorization": f"Bearer
        {cfg['api_key']}"}` with `cfg` from a config loader of another module, `fetch(url, {
        headers: { Authorization: `Bearer ${config.apiKey}` } })`): the key is sent only to Mistral,
        whatever names the URL."""
        for headers in _header_arguments(args):
            for pair in headers.named_children[:_MAX_HEADERS]:
                key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if pair.type == "pair" and key is not None and value is not None and \
                        AUTH_HEADER.match(node_text(key).strip("'\"`")) and self._holdings.key_reason(value):
                    return True
        return False

    @cached_property
    def _holdings(self) -> Holdings:
        project = self.ctx.project
        return Holdings(self.language, self.root, self.flow, self.mentions_mistral, self._imported_facts,
                        project.config_files if project is not None else None)

    @cached_property
    def _injects_section(self) -> bool:
        return b"ConfigType" in self.ctx.source.data and bool(_INJECTED_MISTRAL.search(self.ctx.source.data))

    def _injected_section(self, owner: ts.Node) -> bool:
        """`this.cfg` of a NestJS class given the Mistral config namespace (`@Inject(mistralConfig.KEY)
        private readonly cfg: ConfigType<typeof mistralConfig>`)."""
        name = node_text(owner).split(".", 1)[1]
        return bool(re.search(rb"\b" + re.escape(name.encode()) + rb"\s*[?!]?\s*:\s*ConfigType\s*<\s*typeof\s+\w*[Mm]istral",
                              self.ctx.source.data))

    def _handle_here(self, name: str, call: ts.Node) -> bool:
        """`name` is a handle where `call` reads it. A name every function binds for itself (`out =
        await graph.invoke(…)` in one route, `out = await other.invoke(…)` in the next) is one only
        where a binding the call sees makes it one."""
        if name not in self.handles:
            return False
        scopes = self._binding_scopes(name)
        if scopes is None:
            return True  # imported, a parameter, bound at module level, or bound too often to tell
        seen = [b for b, scope in scopes if scope.start_byte <= call.start_byte and call.end_byte <= scope.end_byte]
        return not seen or any(self._binding_is_handle(b) for b in seen)

    def _binding_scopes(self, name: str) -> list | None:
        """(binding, enclosing function) of each variable binding of `name`, found once per name;
        None when there is none, one is at module level, or there are more than `_MAX_SCOPED`
        (minified code binds one-letter names thousands of times: each call would visit them
        all)."""
        memo = self.__dict__.setdefault("_scopes_by_name", {})
        if name not in memo:
            bindings = [b for b in self.flow.by_name.get(name, ()) if b.is_variable]
            scopes = None
            if bindings and len(bindings) <= _MAX_SCOPED:
                scopes = [(b, enclosing(b.name_node, FUNCTION_TYPES)) for b in bindings]
                scopes = None if any(scope is None for _b, scope in scopes) else scopes
            memo[name] = scopes
        return memo[name]

    def _binding_is_handle(self, binding) -> bool:
        memo = self.__dict__.setdefault("_handle_bindings", {})
        key = binding.name_node.start_byte
        if key not in memo:
            memo[key] = self._builds_handle(binding.value, self.handles) or self.fed_builder(binding.name, binding.name_node)
        return memo[key]

    @cached_property
    def _routers(self) -> dict[str, dict[str, bool]]:
        """This file's litellm Routers (`router = Router(model_list=[…])`), with their model groups."""
        if self.language != "python" or b"Router(" not in self.ctx.source.data:
            return {}
        out = {}
        for binding in self.flow.bindings:
            value = unwrap(binding.value)
            callee = value.child_by_field_name("function") if value.type == "call" else None
            args = value.child_by_field_name("arguments")
            if callee is not None and args is not None and last_segment(node_text(callee)) == "Router":
                out[binding.name] = deployment_groups(args)
        return out

    def _on_self_handle(self, callee: str, at: ts.Node | None = None) -> bool:
        """`self.client.chat.complete`: an attribute of the instance that holds a Mistral client
        (`self.client = Mistral(...)` binds `self.client`), or a handle's name inside the chain."""
        parts = callee.split(".")
        return any(part in self.handles for part in parts[1:-1]) or \
            any(".".join(parts[:end]) in self.handles and self._own_attribute(".".join(parts[:end]), at, self.handles)
                for end in range(2, len(parts)))

    def _own_attribute(self, text: str, at: ts.Node | None, names: set[str]) -> bool:
        """`self.agent` where `at` reads it holds a handle in that class: among the class's own
        bindings of it, one builds a handle (two classes of a file may keep different models under
        one attribute name); with none there (an inherited attribute), the name decides."""
        bindings = [b for b in self._bound_in_class(text.split(".", 1)[1], at) if b.name == text]
        if not bindings:
            return True
        visiting = self.__dict__.setdefault("_own_visiting", set())
        if text in visiting:
            return False
        visiting.add(text)
        try:
            return any(self._builds_handle(b.value, names) for b in bindings)
        finally:
            visiting.discard(text)

    @cached_property
    def imported_endpoints(self) -> frozenset[str]:
        """Names (`URL`, `config.chatUrl`) imported from project modules that hold a Mistral API URL."""
        return frozenset(name for name, fact in self._imported_facts.items() if fact.kind == MISTRAL_ENDPOINT)

    def _names_imported_endpoint(self, args: ts.Node) -> bool:
        """A request to an imported Mistral endpoint: `fetch(CHAT_URL, …)`, `axios.post(config.chatUrl, …)`."""
        if not self.imported_endpoints:
            return False
        stack = list(args.named_children)
        while stack:
            node = stack.pop()
            if node.type in ("identifier", "member_expression", "attribute") and node_text(node) in self.imported_endpoints:
                return True
            if node.type not in FUNCTION_TYPES:
                stack.extend(node.named_children)
        return False

    def _names_mistral(self, args: ts.Node) -> bool:
        """The arguments say "mistral" other than in a model id routed through another provider."""
        if not self._says_mistral(args):
            return False
        text = _ROUTED_MODEL.sub("", node_text(args))
        for name in self._fallback_helpers:  # `reply(await askMistral(q))`: the helper caught it
            text = text.replace(name, "")
        return bool(_MISTRAL.search(text))

    @cached_property
    def _fallback_helpers(self) -> list[str]:
        """Imported helpers whose name says Mistral and whose module catches its errors."""
        return [name for name, fact in self._imported_facts.items()
                if fact.kind == CATCHES_MISTRAL and _MISTRAL.search(name)]

    def _calls_mistral(self, node: ts.Node) -> bool:
        """Whether `node` holds a call to Mistral (or to a function of this file that makes one)."""
        index = self._calls
        hits = self.__dict__.get("_final_hits")
        if hits is None:
            functions, fallbacks = self.mistral_functions, self._local_fallbacks
            # (An arq job's result is known once the file's own Mistral functions are.)
            arq = self.language == "python" and reads_arq_results(self.ctx.source.data)
            hits = self.__dict__["_final_hits"] = index.prefix(
                lambda call: (self.is_mistral_call(call, functions) or arq and reads_failing_arq_job(self, call))
                and not _calls_one_of(call, fallbacks))
        return index.any_within(hits, node)

    def _goes_elsewhere(self, root_name: str, args: ts.Node) -> bool:
        """A call to another provider (Ollama, an OpenRouter client, a Together URL) whose
        arguments name a Mistral model: that provider's errors, not Mistral's."""
        if root_name in self._other_provider_handles:
            return True
        text = node_text(args)
        if _LOCAL_MODEL_TAG.search(text) and not _MISTRAL_URL.search(text):
            return True  # `{"model": "mistral:7b"}`: a local server's model tag (Ollama), not an API id
        first = next((a for a in args.named_children if a.type != "comment"), None)
        if first is not None and _URL_SHAPED.search(node_text(first)) \
                and _OTHER_PROVIDER.search(node_text(first)) and not _MISTRAL.search(node_text(first)):
            return True  # `httpx.post(f"{OLLAMA_HOST}/api/generate", …)`: the URL names another provider
        hosts = _URL_HOST.findall(text)
        return bool(hosts) and not any(_MISTRAL_URL.search(h) for h in hosts)

    @cached_property
    def _other_provider_handles(self) -> set[str]:
        """Another provider's module (`ollama`, `groq`) or a client built for it (`OpenAI(...,
        base_url="https://openrouter.ai/…")`, `Groq(...)`) that no Mistral endpoint configures."""
        names = {n for n, module in self._imports if _OTHER_PROVIDER.search(module) and not _MISTRAL.search(module)}
        names |= {m.group(1) for m in _PY_IMPORT.finditer(self.ctx.source.data.decode("utf-8", "replace"))
                  if _OTHER_PROVIDER.search(m.group(1))}
        for binding in self.flow.bindings:
            value = unwrap(binding.value)
            if value.type not in ("call", "call_expression", "new_expression"):
                continue
            callee = value.child_by_field_name("function") or value.child_by_field_name("constructor")
            args = value.child_by_field_name("arguments")
            callee_text = node_text(callee) if callee is not None else ""
            if (_OTHER_PROVIDER.search(callee_text) or _root_name(callee_text) in names) and \
                    not _MISTRAL.search(node_text(args) if args is not None else "") and not _configured_base(args):
                names.add(binding.name)
        return names - self.handles

    def covers_mistral(self, node: ts.Node) -> bool:
        return self._calls_mistral(node)

    def related_for(self, leak: ts.Node) -> tuple[RelatedLocation, ...]:
        """Where an imported helper reaches Mistral, for a leak whose `try` covers a call to it;
        for an error a helper returns, where an importer sends it to the client; for an error
        handed to an imported helper that sends it, where it does."""
        sender = self._sender_related(leak)
        return sender + tuple(r for r in self._source_related(leak) if r not in sender)

    def _sender_related(self, leak: ts.Node) -> tuple[RelatedLocation, ...]:
        args = leak.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        fn = call.child_by_field_name("function") if call is not None else None
        fact = self._imported_facts.get(node_text(fn)) if fn is not None and fn.type == "identifier" else None
        if fact is None or fact.kind != SENDS_ERROR_ARG:
            return ()
        point = Position(fact.line, fact.character, 0)
        return (RelatedLocation(Span(point, point), f"{node_text(fn)} sends the error's text to the "
                                "client here", path=fact.path),)

    def _source_related(self, leak: ts.Node) -> tuple[RelatedLocation, ...]:
        forwarded = returned_related(self, leak)
        if forwarded:
            return forwarded
        facts = self._imported_facts
        if not facts and not _given_services(self.ctx):
            return ()
        node = leak.parent
        while node is not None and node.type != "try_statement":
            node = node.parent
        if node is None:
            return ()
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type in ("call", "call_expression", "new_expression"):
                callee = current.child_by_field_name("function") or current.child_by_field_name("constructor")
                text = node_text(callee) if callee is not None else ""
                fact = (_imported_fact(facts, text) or self._method_fact(text, current)
                        or (self._bus_fact(current) if last_segment(text) == "execute" else None)) if text else None
                if fact is not None and fact.kind in (REACHES_MISTRAL, MISTRAL_OBJECT):
                    return (_related(fact),)
            stack.extend(reversed(current.named_children))
        return arq_job_related(self, node)

    # -- Express error middleware ----------------------------------------------------------------

    @cached_property
    def error_middlewares(self) -> list[tuple[str, ts.Node]]:
        """This file's Express error middlewares (four parameters, the error first) and Koa's (a
        `try { await next() } catch (err)` around the routes downstream): (the error's name, the
        block that handles it)."""
        data = self.ctx.source.data
        if self.language not in ECMA_LANGUAGES:
            return []
        out = self._koa_error_middlewares() if contains(data, b"next") and KOA_ERROR_MIDDLEWARE.search(data) else []
        if contains(data, b"onError"):
            out += self._hono_error_hooks()
        if not contains(data, b"req"):
            return out
        for match in ERROR_MIDDLEWARE.finditer(data):
            params = self.root.descendant_for_byte_range(match.start(), match.start() + 1)
            if params is not None and params.type == "(":
                params = params.parent
            fn = params.parent if params is not None and params.type == "formal_parameters" else None
            named = [c for c in params.named_children if c.type != "comment"] if fn is not None else []
            if fn is None or fn.type not in FUNCTION_TYPES or len(named) != 4:
                continue
            name, body = _first_param(fn), fn.child_by_field_name("body")
            if name and body is not None:
                out.append((name, body))
        return out

    @cached_property
    def forwarding_to_next(self) -> ts.Node | None:
        """Where this file hands a Mistral error on to Express's error middleware: `next(err)` in
        a catch whose try covers a Mistral call, `.catch(next)` on a chain that makes one, or a
        handler wrapped in `asyncHandler(…)` that lets one escape."""
        data = self.ctx.source.data
        escaping = self._sveltekit_escape()
        if escaping is not None:
            return escaping
        if self.language not in ECMA_LANGUAGES or not (contains(data, b"next") or contains(data, b"koa")
                                                       or contains(data, b"hono") or contains(data, b"elysia")
                                                       or names_async_wrapper(data) or self.patches_async_errors):
            return None
        for index, caps in queries.matches(self.language, QUERY, self.root):
            kind = queries.settings(self.language, QUERY, index).get("sink")
            if kind == "try" and self.covers_mistral(caps["body"][0]):
                handler = caps["handler"][0]
                call = next_call(handler.child_by_field_name("body"), _exception_name(handler))
            elif kind == "promise-catch" and self._calls_mistral(caps["body"][0]):
                handler = caps["handler"][0]
                call = next_call(handler.child_by_field_name("body"), _first_param(handler))
            else:
                continue
            if call is not None:
                return call
        for call in self._calls.calls:
            fn = call.child_by_field_name("function")
            args = call.child_by_field_name("arguments")
            if fn is None or fn.type != "member_expression" or args is None or \
                    node_text(fn.child_by_field_name("property")) != "catch":
                continue
            first = next((a for a in args.named_children if a.type != "comment"), None)
            if first is not None and node_text(first) == "next" and self._calls_mistral(fn.child_by_field_name("object")):
                return call
        # An Elysia plugin's route (`new Elysia().post(…)`): the app that `.use()`s it answers
        # the error with its own `onError` hook.
        return self._wrapped_escape() or self._koa_escape() or self._elysia_escape(0) \
            or (self.async_route_escape if self.patches_async_errors else None)

    @cached_property
    def patches_async_errors(self) -> bool:
        """The module loads `express-async-errors` (or makes its routers with express-promise-router):
        an async handler's rejection goes to the error middleware."""
        data = self.ctx.source.data
        return self.language in ECMA_LANGUAGES and contains(data, b"express-") and \
            ASYNC_ERRORS_PATCH.search(data) is not None

    @cached_property
    def async_route_escape(self) -> ts.Node | None:
        """The first Mistral call whose error an async Express handler (`router.post("/", async
        (req, res) => …)`) lets escape: awaited or returned, and no `try` around it answers it."""
        data = self.ctx.source.data
        if self.language not in ECMA_LANGUAGES or not contains(data, b"async") or not contains(data, b"req"):
            return None
        for call in self._calls.calls:
            fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
            if fn is None or args is None or fn.type != "member_expression" or \
                    node_text(fn.child_by_field_name("property")) not in _ROUTE_METHODS:
                continue
            for handler in args.named_children:
                if handler.type in FUNCTION_TYPES and _is_async(handler) and \
                        _REQUEST_PARAM.match(_first_param(handler) or ""):
                    escaping = self.escaping_call(handler.child_by_field_name("body"))
                    if escaping is not None:
                        return escaping
        return None

    def escaping_call(self, body: ts.Node | None) -> ts.Node | None:
        """A Mistral call of `body` (not of a function nested in it) whose error leaves `body`."""
        if body is None or not self._calls_mistral(body):
            return None
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in ("call_expression", "new_expression") and self.is_mistral_call(node) and \
                    error_escapes(node, body):
                return node
            if node.type not in FUNCTION_TYPES or node == body:
                stack.extend(reversed(node.named_children))
        return None

    def _sveltekit_escape(self) -> ts.Node | None:
        """A SvelteKit server route's handler (`export async function POST`, `load`) that lets a
        Mistral error escape: the framework hands it to the `handleError` hook."""
        if self.language not in ECMA_LANGUAGES or not SVELTEKIT_ROUTE.search(self.rel_path):
            return None
        return next((escaping for name, _fn, body in top_level_functions(self.root)
                     if name in _SVELTEKIT_HANDLERS and (escaping := self._uncaught_call(body)) is not None), None)

    def _koa_error_middlewares(self) -> list[tuple[str, ts.Node]]:
        out = []
        for index, caps in queries.matches(self.language, QUERY, self.root):
            if queries.settings(self.language, QUERY, index).get("sink") != "try":
                continue
            statements = [c for c in caps["body"][0].named_children if c.type != "comment"]
            handler = caps["handler"][0]
            block, name = handler.child_by_field_name("body"), _exception_name(handler)
            if len(statements) == 1 and _AWAIT_NEXT.fullmatch(node_text(statements[0])) and block is not None and name:
                out.append((name, block))
        return out

    def _hono_error_hooks(self) -> list[tuple[str, ts.Node]]:
        """Hono's `app.onError((err, c) => c.json({ error: err.message }))`."""
        out = []
        for _method, args in self._on_error_calls():
            for hook in args.named_children:
                params = hook.child_by_field_name("parameters") if hook.type in FUNCTION_TYPES else None
                named = [p for p in params.named_children if p.type != "comment"] if params is not None else []
                body, name = hook.child_by_field_name("body"), _first_param(hook) if len(named) == 2 else None
                if body is not None and name:
                    out.append((name, body))
        return out

    def _koa_escape(self) -> ts.Node | None:
        """A Koa or Hono route (`router.post("/", async (ctx) => …)`, `app.post("/", async (c) => …)`)
        that lets a Mistral error escape: the framework hands it to the error handler upstream."""
        data = self.ctx.source.data
        if not (contains(data, b"koa") or contains(data, b"hono")):
            return None
        for call in self._calls.calls:
            fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
            if fn is None or args is None or last_segment(node_text(fn)) not in _ROUTE_METHODS:
                continue
            for handler in args.named_children:
                body = handler.child_by_field_name("body") if handler.type in FUNCTION_TYPES else None
                if body is not None and _first_param(handler) in ("ctx", "c"):
                    escaping = self._uncaught_call(body)
                    if escaping is not None:
                        return escaping
        return None

    def _wrapped_escape(self) -> ts.Node | None:
        """`router.post("/", asyncHandler(async (req, res) => { … }))`: the wrapper hands what the
        handler throws to `next`; the first Mistral call the handler makes outside a `try`."""
        if not names_async_wrapper(self.ctx.source.data):
            return None
        for call in self._calls.calls:
            fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
            if fn is None or args is None or not ASYNC_WRAPPER.fullmatch(last_segment(node_text(fn)).encode()):
                continue
            escaping = self._handler_escape(args)
            if escaping is not None:
                return escaping
        return None

    def _handler_escape(self, args: ts.Node) -> ts.Node | None:
        """The first Mistral call outside a `try` in a function handed as one of `args`."""
        for handler in args.named_children:
            body = handler.child_by_field_name("body") if handler.type in FUNCTION_TYPES else None
            escaping = self._uncaught_call(body) if body is not None else None
            if escaping is not None:
                return escaping
        return None

    def _uncaught_call(self, body: ts.Node) -> ts.Node | None:
        """A Mistral call in `body` that no `try` of the body covers."""
        if not self._calls_mistral(body):
            return None
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type == "try_statement":
                continue
            if node.type in ("call_expression", "new_expression") and self.is_mistral_call(node):
                return node
            if node.type not in FUNCTION_TYPES or node == body:
                stack.extend(node.named_children)
        return None

    def _forwarded_fact(self) -> ModuleFact | None:
        """A module this one imports, or one importing it, that hands Mistral errors to `next`."""
        project = self.ctx.project
        for facts in (self._imported_facts, project.forwarded_errors if project is not None else {}):
            fact = facts.get(FORWARDS_ERRORS)
            if fact is not None:
                return fact
        # The app module loading express-async-errors mounts routers whose async handlers let one escape.
        return self._imported_facts.get(ESCAPES_ASYNC_ROUTE) if self.patches_async_errors else None

    def middleware_leaks(self) -> Iterator[tuple[ts.Node, ts.Node, str]]:
        """Error text an Express error middleware (or an Elysia or SvelteKit error hook) sends
        back, where Mistral errors reach it."""
        yield from self._elysia_leaks()
        yield from self._sveltekit_hook_leaks()
        for name, body, _hook in error_hooks(self):
            for leak, sink, how in self._handler_leaks(name, body):
                yield leak, sink, f"a Mistral error that a listener lets escape reaches this error hook and is {how}"
        for name, body, _handler in global_handlers(self):
            for leak, sink, how in self._handler_leaks(name, body):
                yield leak, sink, f"a Mistral error that a route lets escape reaches this exception handler and is {how}"
        if not self.error_middlewares or (self._forwarded_fact() is None and self.forwarding_to_next is None):
            return
        for name, body in self.error_middlewares:
            for leak, sink, how in self._handler_leaks(name, body):
                yield leak, sink, f"a Mistral error that reaches this error handler is {how}"

    @cached_property
    def _elysia_hooks(self) -> list[tuple[ts.Node, ts.Node]]:
        """(the `onError` name, the hook) of an Elysia app's `.onError(({ error }) => …)`: what the
        hook returns is the response."""
        data = self.ctx.source.data
        if self.language not in ECMA_LANGUAGES or not contains(data, b"onError") or not _ELYSIA_SOURCE.search(data):
            return []
        out = []
        for method, args in self._on_error_calls():
            for hook in args.named_children:  # `.onError({ as: "global" }, hook)` too
                target = first_parameter(hook) if hook.type in FUNCTION_TYPES else None
                if target is not None and target.type == "object_pattern" and _first_param(hook):
                    out.append((method, hook))
        return out

    def _on_error_calls(self):
        """(the `onError` name, the arguments) of each `x.onError(…)` call of the file: Hono's and
        Elysia's error hooks."""
        for call in self._calls.calls:
            fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
            method = fn.child_by_field_name("property") if fn is not None and fn.type == "member_expression" else None
            if method is not None and args is not None and node_text(method) == "onError":
                yield method, args

    def _elysia_escape(self, after: int) -> ts.Node | None:
        """A Mistral call that an Elysia route registered after `after` (a byte offset: a hook
        applies to the routes registered after it) makes outside a `try`."""
        data = self.ctx.source.data
        if self.language not in ECMA_LANGUAGES or not contains(data, b"elysia") or not _ELYSIA_SOURCE.search(data):
            return None
        for call in self._calls.calls:
            fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
            method = fn.child_by_field_name("property") if fn is not None and fn.type == "member_expression" else None
            if method is None or args is None or method.start_byte < after or node_text(method) not in _ROUTE_METHODS:
                continue
            escaping = self._handler_escape(args)
            if escaping is not None:
                return escaping
        return None

    def _elysia_leaks(self) -> Iterator[tuple[ts.Node, ts.Node, str]]:
        """Error text an Elysia error hook returns, where a route it applies to (or a plugin this
        module imports) lets a Mistral error escape."""
        for at, hook in self._elysia_hooks:
            if self._elysia_escape(at.start_byte) is None and self._forwarded_fact() is None:
                continue
            name, body = _first_param(hook), hook.child_by_field_name("body")
            returns = [body] if body.type != "statement_block" else list(_descendants(body, "return_statement"))
            for expr in returns:
                leak = next((leak for leak in self._exception_texts(name, expr)
                             if not _passes_through_log(leak, expr)), None)
                if leak is not None:
                    yield leak, expr, "a Mistral error that reaches this Elysia error hook is returned to the client"

    def _sveltekit_hook_leaks(self) -> Iterator[tuple[ts.Node, ts.Node, str]]:
        """Error text SvelteKit's `handleError` returns, where a server route of the project lets a
        Mistral error escape (`ProjectContext.forwarded_errors`: no import joins them)."""
        data = self.ctx.source.data
        if self.language not in ECMA_LANGUAGES or not contains(data, b"handleError") \
                or not SVELTEKIT_HOOKS.search(self.rel_path) or self._forwarded_fact() is None:
            return
        for name, hook, body in top_level_functions(self.root):
            error = _first_param(hook) if name == "handleError" else None
            returns = ([body] if body.type != "statement_block" else list(_descendants(body, "return_statement"))) \
                if error else []
            for expr in returns:
                leak = next((leak for leak in self._exception_texts(error, expr)
                             if not _passes_through_log(leak, expr)), None)
                if leak is not None:
                    yield leak, expr, "a Mistral error a route lets escape reaches SvelteKit's handleError, " \
                                      "whose message is sent to the user"

    def forwarding_related(self) -> tuple[RelatedLocation, ...]:
        fact = self._forwarded_fact() if self.forwarding_to_next is None else None
        if fact is None:
            return ()
        point = Position(fact.line, fact.character, 0)
        return (RelatedLocation(Span(point, point), "a Mistral error is passed on to the error handler here",
                                path=fact.path),)

    # -- leaks ---------------------------------------------------------------------------------

    def leaks(self) -> Iterator[tuple[ts.Node, ts.Node, str]]:
        for index, caps in queries.matches(self.language, QUERY, self.root):
            kind = queries.settings(self.language, QUERY, index).get("sink")
            if kind == "try":
                yield from self._try_leaks(caps["try"][0], caps["body"][0], caps.get("handler", [None])[0])
            elif kind == "promise-catch":
                yield from self._promise_leaks(caps["body"][0], caps["handler"][0])
            elif kind == "error-branch":
                yield from self._branch_leaks(caps["cond"][0], caps["branch"][0])
            elif kind == "error-hook":
                yield from self._hook_leaks(caps["hook"][0])
        yield from job_error_leaks(self)

    def _try_leaks(self, try_node: ts.Node, body: ts.Node, handler: ts.Node | None):
        if not self.covers_mistral(body):
            return
        handlers = [handler] if handler is not None else \
            [c for c in try_node.named_children if c.type == "except_clause"]
        for clause in handlers:
            name = _exception_name(clause)
            block = clause.child_by_field_name("body") or _last_block(clause)
            if block is not None:
                yield from self._handler_leaks(name, block)
                yield from self._helper_leaks(name, block)

    def _promise_leaks(self, chain: ts.Node, handler: ts.Node):
        if not self._calls_mistral(chain):
            return
        name = _first_param(handler)
        body = handler.child_by_field_name("body")
        if body is not None:
            yield from self._handler_leaks(name, body)
            yield from self._helper_leaks(name, body)

    def _handler_leaks(self, name: str | None, block: ts.Node, depth: int = 0):
        for leak in self._exception_texts(name, block):
            found = self.sink_of(leak, block)
            if found is None:
                continue
            sink, how = found
            if how.startswith("alias:"):
                if depth < 2:
                    sent = False
                    for item in self._alias_leaks(leak, how[len("alias:"):], block):
                        sent = True
                        yield item
                    if not sent:  # a module-level store a route reads back (`rules/stored_errors.py`)
                        yield from stored_error_leaks(self, leak, sink, how[len("alias:"):], _exposed)
                continue
            yield leak, sink, how

    # -- error helpers: `catch (err) { handleError(res, err) }` ----------------------------------

    @cached_property
    def error_senders(self) -> dict[str, tuple[int, ts.Node, str]]:
        """This file's top-level functions that send the text of an error parameter to the client:
        name -> (the parameter's position, the leak in the function, how it is sent)."""
        data = self.ctx.source.data
        if self.language not in ECMA_LANGUAGES or not _ERROR_HELPER_DEF.search(data):
            return {}
        out = {}
        for name, fn, body in top_level_functions(self.root):
            params = fn.child_by_field_name("parameters")
            names = [node_text(_parameter_name_node(p)) for p in params.named_children if p.type != "comment"] \
                if params is not None else []
            for position, param in enumerate(names[:4]):
                if not _ERROR_PARAM.match(param):
                    continue
                found = next(self._handler_leaks(param, body), None)
                if found is not None:
                    out[name] = (position, found[0], found[2])
                    break
        return out

    def _helper_leaks(self, name: str | None, block: ts.Node):
        """The caught error handed whole to a function that sends its text to the client: one of
        this file (`error_senders`) or one a project module exports (`SENDS_ERROR_ARG`)."""
        if not name or self.language not in ECMA_LANGUAGES:
            return
        for arg, call, helper in self._handed_errors(name, block):
            local = self.error_senders.get(helper)
            position = _argument_position(arg)
            if local is not None and local[0] == position:
                line = self.ctx.source.span(local[1].start_byte, local[1].end_byte).start.line + 1
                yield arg, call, f"handed to {helper}, whose error text is {local[2]} (line {line})"
                continue
            fact = self._imported_facts.get(helper)
            if fact is not None and fact.kind == SENDS_ERROR_ARG and fact.detail == str(position):
                yield arg, call, f"handed to {helper}, which sends its text to the client"

    def _handed_errors(self, name: str, block: ts.Node):
        """(the argument, the call, the callee) of each call in `block` given the error `name` as a
        bare argument: `handleError(res, err)`, `return handleRouteError(err)`."""
        stack = [block]
        while stack:
            node = stack.pop()
            if node.type == "call_expression":
                fn, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
                if fn is not None and fn.type == "identifier" and args is not None:
                    for arg in args.named_children:
                        if unwrap(arg).type == "identifier" and node_text(unwrap(arg)) == name:  # `err as Error` too
                            yield arg, node, node_text(fn)
            if node.type not in FUNCTION_TYPES or node == block:
                stack.extend(reversed(node.named_children))

    def hands_error_to_helper(self, node: ts.Node) -> bool:
        """Whether `node` is an error handed whole to a helper that sends it (a fix belongs in the
        helper, not here)."""
        args = node.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
        if fn is None or fn.type != "identifier":
            return False
        fact = self._imported_facts.get(node_text(fn))
        return node_text(fn) in self.error_senders or fact is not None and fact.kind == SENDS_ERROR_ARG

    def _alias_leaks(self, leak: ts.Node, alias: str, block: ts.Node):
        """Where a name bound to the error's text is sent: in the handler (reported there), else
        after the `try` in the same function (`out = {"error": repr(e)}` … `wfile.write(dumps(out))`,
        reported where the handler binds it)."""
        sent = False
        for ref in _references(alias, block, after=leak.end_byte):
            exposed = _exposed(ref)
            found = self.sink_of(exposed, block) if exposed is not None else None
            if found is not None and not found[1].startswith("alias:"):
                sent = True
                yield ref, found[0], found[1]
        scope = enclosing(block, FUNCTION_TYPES)
        if sent or scope is None:
            return
        for ref in _references(alias, scope, after=block.end_byte):
            exposed = _exposed(ref)
            found = self.sink_of(exposed, scope) if exposed is not None else None
            if found is not None and not found[1].startswith("alias:"):
                yield leak, found[0], found[1]
                return

    def _exception_texts(self, name: str | None, block: ts.Node) -> Iterator[ts.Node]:
        stack = [block]
        while stack:
            node = stack.pop()
            if node.type in FUNCTION_TYPES and node != block:
                if name is None or name in {_first_param(node)}:
                    continue
            if name is not None and node.type in ("identifier", "shorthand_property_identifier") \
                    and node_text(node) == name and not _is_binding_site(node):
                exposed = _exposed(node)
                if exposed is not None:
                    yield exposed
            elif node.type in ("call", "call_expression"):
                fn = node.child_by_field_name("function")
                if fn is not None and _TRACEBACK.match(node_text(fn)) and not node_text(fn).endswith("print_exc"):
                    yield node
            stack.extend(reversed(node.named_children))

    def sink_of(self, node: ts.Node, stop: ts.Node) -> tuple[ts.Node, str] | None:
        """Where the value of `node` goes: (the sink node, how), or an alias to follow."""
        child, parent = node, node.parent
        argument = None  # the argument of the call reached next that holds the value
        while parent is not None and child != stop:
            kind = parent.type
            if kind in ("argument_list", "arguments"):
                argument = child
            if kind in ("call", "call_expression", "new_expression"):
                callee = parent.child_by_field_name("function") or parent.child_by_field_name("constructor")
                if callee is not None and child != callee:
                    if is_log_callee(callee) or self._tornado_log_message(callee, argument):
                        return None
                    text = node_text(callee).replace("?.", ".")
                    if (text in _HARMLESS_CALLS and not _getattr_shows(parent)) or text in _PROPAGATE:
                        return None
                    how = self._response_call(text) or self._thrown_to_graphql_client(parent, text) \
                        or python_reply(self, parent, text) or self._js_handler_reply(parent, text) \
                        or (self.language in ECMA_LANGUAGES and
                            response_helper_call(parent, text, argument, self.root) or None)
                    if how:
                        return parent, how
            elif kind == "pair" and _is_error_cause(parent):
                return None
            elif kind == "return_statement":
                how = return_reaches_client(self, parent, node)
                return (parent, how) if how else None
            elif kind in ("yield", "yield_expression"):
                if self.answers_users or _SSE.search(node_text(parent)) or \
                        b"event-stream" in self.ctx.source.data:
                    return parent, "yielded into the response stream"
                how = yield_reaches_ui(self, parent)
                return (parent, how) if how else None  # else a generator feeding the program's own output
            elif kind in ("raise_statement", "throw_statement"):
                return None
            elif kind in ("assignment", "assignment_expression", "augmented_assignment"):
                left = parent.child_by_field_name("left")
                if left is None or child == left:
                    return None
                target = node_text(left)
                if (_RESPONSE_BODY.match(target) or self.language == "python" and _PY_RESPONSE_BODY.match(target)) \
                        and (self.answers_users or self.language in ECMA_LANGUAGES and (
                        in_handler(parent) or handed_parameter(parent, _root_name(target)))):
                    return parent, "set as the response body"
                if self._chat_message_content(left):
                    return parent, f"set as {target}, the text of a chat message shown to the user"
                if left.type == "attribute" and last_segment(target) in _NICEGUI_FIELDS and \
                        self._is_nicegui_element(target.rpartition(".")[0]):
                    return parent, f"set as {target}, shown to the user"
                if left.type == "attribute" and self._is_reflex_state_var(left):
                    return parent, f"set as the state var {target}, which Reflex sends to the page"
                if left.type == "attribute" and (how := python_state_reply(self, left)):
                    return parent, how
                if left.type == "identifier":
                    return parent, "alias:" + target
                holder = _item_holder(left)
                return (parent, "alias:" + holder) if holder else None
            elif kind == "expression_list" and parent.parent is not None and parent.parent.type == "assignment":
                # `out, status = {"error": repr(e)}, 500`: the name at the same place on the left.
                left = parent.parent.child_by_field_name("left")
                targets = left.named_children if left is not None and left.type == "pattern_list" else []
                values = parent.named_children
                if len(targets) == len(values) and child in values and targets[values.index(child)].type == "identifier":
                    return parent.parent, "alias:" + node_text(targets[values.index(child)])
                return None
            elif kind == "variable_declarator":
                target = parent.child_by_field_name("name")
                if target is not None and target.type == "identifier":
                    return parent, "alias:" + node_text(target)
                fields = _destructured(target) if target is not None and child != target else []
                return (parent, "alias:" + ",".join(fields)) if fields else None
            elif kind in ("comparison_operator", "not_operator", "unary_expression", "if_statement",
                          "while_statement", "assert_statement", "for_statement", "for_in_statement",
                          "ternary_expression", "conditional_expression") and child == _condition(parent):
                return None
            elif kind in ("binary_expression", "binary_operator") and \
                    node_text(parent.child_by_field_name("operator")) not in ("+", "||", "??", "%"):
                return None
            elif kind in FUNCTION_TYPES or kind in ("expression_statement", "block", "statement_block"):
                return None
            child, parent = parent, parent.parent
        return None

    def _chat_message_content(self, target: ts.Node) -> bool:
        """`msg.content = …` on a Chainlit message (`msg = cl.Message(content="")`): what it is set
        to is streamed to the user when the message is sent or updated."""
        if target.type != "attribute" or last_segment(node_text(target)) not in ("content", "output"):
            return False
        owner = target.child_by_field_name("object")
        bindings = self.flow.by_name.get(node_text(owner), ()) if owner is not None else ()
        return any(_callee_name(b.value) in _CHAT_MESSAGES for b in bindings[:4])

    def forwards(self, call: ts.Node, skip=None) -> bool:
        """Whether the caller sends the value of `call` to the client: directly, or through the
        name it binds (`result = helper(q); return JSONResponse(result)`); `skip(ref)` leaves
        out references that read something else of it (another field than the error's)."""
        stop = enclosing(call, FUNCTION_TYPES) or self.root
        found = self.sink_of(call, stop)
        if found is None:
            return False
        if not found[1].startswith("alias:"):
            return True
        for ref in _references(found[1][len("alias:"):], stop, after=call.end_byte):
            exposed = None if skip is not None and skip(ref) else _exposed(ref)
            inner = self.sink_of(exposed, stop) if exposed is not None else None
            if inner is not None and not inner[1].startswith("alias:"):
                return True
        return False

    def _thrown_to_graphql_client(self, call: ts.Node, text: str) -> str | None:
        """`throw new Error(err.message)` in a GraphQL resolver: the server puts the message of
        what a resolver throws into the response's `errors`."""
        if not text.endswith("Error") or call.parent is None or call.parent.type != "throw_statement" \
                or not _GRAPHQL_SOURCE.search(self.ctx.source.data):
            return None
        return "thrown from a GraphQL resolver (the client receives its message)" if _in_resolver(call) else None

    def _js_handler_reply(self, call: ts.Node, text: str) -> str | None:
        """A JavaScript handler that answers by its own shape, in a module nothing else marks as
        answering users (`rules/js_handlers.py`): a responder it was handed, an HTTP error class,
        a response call inside a `(req, res)` handler, a Worker's `fetch`, a server function."""
        if self.language not in ECMA_LANGUAGES:
            return None
        how = responder_call(call, text) or reply_url_post(call, text)
        if how is not None:
            return how
        answers = self.answers_users or in_handler(call)
        if answers and http_error_class(text):
            return f"sent to the client by {text}(…)"
        if text.endswith("Error") and call.parent is not None and call.parent.type == "throw_statement":
            fn = enclosing(call, FUNCTION_TYPES)
            if fn is not None and resolver_map_member(fn):
                return "thrown from a GraphQL resolver (the client receives its message)"
        return self._response_call(text, answers=True) if answers and not self.answers_users else None

    def _response_call(self, text: str, answers: bool | None = None) -> str | None:
        answers_users = self.answers_users if answers is None else answers
        if _CLIENT_ERROR.match(text):
            return f"sent to the calling client by {text}(…)"
        if last_segment(text) in _NOTIFY_CALLS and answers_users:
            return f"shown to the user by {text}(…)"
        if _NICEGUI_UI.match(text) and _NICEGUI_IMPORT.search(self.ctx.source.data):
            return f"shown to the user by {text}(…)"
        if _RESPONSE_NAME.match(text):
            if answers_users or text.startswith("gr."):
                return f"sent to the client by {text}(…)"
            return None
        if last_segment(text) == "abort" and self._is_restx_api(text.rpartition(".")[0]):
            return f"sent to the client by {text}(…)"
        if _RESPONSE_METHOD.search(text):
            if not answers_users:
                return None
            first = re.split(r"[.(\[]", text, maxsplit=1)[0]
            method = last_segment(text)
            if method in ("push", "append", "put", "put_nowait") and not re.search(
                    r"(?i)messages|history|queue|chunks|events|stream", text):
                return None
            if self.streamlit and method in _STREAMLIT_METHODS:
                return f"shown to the user by {text}(…)"
            if _UI_OBJECT.match(first) or _RESPONSE_OBJECT_NAME.search(first) or method in ("json", "send", "jsonp", "enqueue", "reply", "writeSSE",
                                                     "editReply", "followUp", "reply_text", "send_message",
                                                     "sendMessage", "chat_postMessage", "respond", "say",
                                                     "reply_to", "chat_postEphemeral", "utter_message",
                                                     "room_send"):
                return f"sent to the client by {text}(…)"
        if last_segment(text) in _NICEGUI_SETTERS and self._is_nicegui_element(text.rpartition(".")[0]):
            return f"shown to the user by {text}(…)"
        if last_segment(text) in _EDIT_METHODS and answers_users and self._is_sent_message(_root_name(text)):
            return f"shown to the user by {text}(…)"
        if last_segment(text) in _TWIML_METHODS and self._is_twiml_reply(_root_name(text)):
            return f"put into the TwiML reply by {text}(…) (the user receives it as a message)"
        return None

    def _tornado_log_message(self, callee: ts.Node, argument: ts.Node | None) -> bool:
        """Tornado's `HTTPError(502, "upstream: %s", e)`: the message and its arguments go to the
        server's log; only `reason=` reaches the client (the status line)."""
        if argument is None or self.language != "python" or last_segment(node_text(callee)) != "HTTPError" \
                or not _TORNADO_IMPORT.search(self.ctx.source.data):
            return False
        name = argument.child_by_field_name("name") if argument.type == "keyword_argument" else None
        return name is None or node_text(name) == "log_message"

    def _is_restx_api(self, name: str) -> bool:
        """`ns = Namespace("translate")`, `api = Api(app)`: Flask-RESTX's `ns.abort(502, message)`
        answers the request with the message in the JSON body."""
        if self.language != "python" or not name or "." in name or b"flask_restx" not in self.ctx.source.data:
            return False
        return any(last_segment(_callee_name(b.value) or "") in _RESTX_OBJECTS for b in self.flow.by_name.get(name, ())[:4])

    def _is_reflex_state_var(self, target: ts.Node) -> bool:
        """`self.error = …` in a method of a Reflex state class (`class ChatState(rx.State)`): the
        state's vars are synced to the browser and drawn by the components bound to them; a
        `_backend` var stays on the server."""
        owner, field = target.child_by_field_name("object"), target.child_by_field_name("attribute")
        if owner is None or field is None or node_text(owner) != "self" or node_text(field).startswith("_") \
                or not _REFLEX_IMPORT.search(self.ctx.source.data):
            return False
        cls = enclosing(target, frozenset({"class_definition"}))
        bases = cls.child_by_field_name("superclasses") if cls is not None else None
        return bases is not None and any(last_segment(node_text(b)).endswith("State") for b in bases.named_children)

    def _is_nicegui_element(self, name: str) -> bool:
        """`out = ui.label()` in a NiceGUI app: an element drawn on the user's page."""
        if "." in name or not _NICEGUI_IMPORT.search(self.ctx.source.data):
            return False
        return any((_callee_name(b.value) or "").startswith("ui.") for b in self.flow.by_name.get(name, ())[:4])

    def _is_twiml_reply(self, name: str) -> bool:
        """`resp = MessagingResponse()`: a Twilio webhook's reply, texted (or spoken) to the user."""
        for binding in self.flow.by_name.get(name, ()):
            value = unwrap(binding.value)
            if value.type in ("call", "call_expression", "new_expression"):
                callee = value.child_by_field_name("function") or value.child_by_field_name("constructor")
                if callee is not None and last_segment(node_text(callee)) in _TWIML_REPLIES:
                    return True
        return False

    def _is_sent_message(self, name: str) -> bool:
        """`msg = await ctx.send("Thinking…")`: a message the bot sent, edited later with the answer."""
        for binding in self.flow.by_name.get(name, ()):
            value = unwrap(binding.value)
            if value.type in ("call", "call_expression"):
                callee = value.child_by_field_name("function")
                if callee is not None and last_segment(node_text(callee)) in _SENDING_METHODS:
                    return True
        return False

    def _branch_leaks(self, cond: ts.Node, branch: ts.Node):
        # Outside code that answers users only a helper's `return` can leak (its callers decide).
        if not self.answers_users and not _has_return(branch):
            return
        names = set(_identifiers(cond))
        responses = {name for name in names if self._is_mistral_response(name, cond)}
        # `data = await res.json()`: the parsed upstream body, tested in the condition or read in the branch.
        bodies = {b.name for b in self.flow.bindings if _visible(b, cond) and self._is_body_of(b.value, responses)}
        bodies |= {name for name in names if self._is_mistral_body(name, cond)}
        if not responses and not bodies:
            return
        stack = [branch]
        while stack:
            node = stack.pop()
            expr = self._upstream_text(node, responses, bodies)
            if expr is None:
                stack.extend(node.named_children)
                continue
            found = self.sink_of(expr, branch)
            if found is not None and found[1].startswith("alias:"):
                for ref in _references(found[1][len("alias:"):], branch, after=expr.end_byte):
                    inner = self.sink_of(ref, branch)
                    if inner is not None and not inner[1].startswith("alias:"):
                        yield ref, inner[0], "the upstream error body is forwarded, " + inner[1]
                        break
            elif found is not None:
                yield expr, found[0], "the upstream error body is forwarded, " + found[1]

    def _upstream_text(self, node: ts.Node, responses: set[str], bodies: set[str]) -> ts.Node | None:
        """`r.text`, `await res.json()`, `data.error.message`, `data["detail"]`: upstream body text."""
        if node.type in ("attribute", "member_expression"):
            obj = node.child_by_field_name("object")
            field = node.child_by_field_name("attribute") or node.child_by_field_name("property")
            if obj is not None and field is not None and node_text(obj) in responses and \
                    node_text(field) in _BODY_FIELDS:
                parent = node.parent
                return parent if parent is not None and parent.type in ("call", "call_expression") else node
        if node.type in ("identifier", "shorthand_property_identifier") and node_text(node) in bodies \
                and not _is_binding_site(node):
            return _exposed(node)
        return None

    def _is_body_of(self, value: ts.Node, responses: set[str]) -> bool:
        value = unwrap(value)
        if value.type not in ("call", "call_expression"):
            return False
        fn = value.child_by_field_name("function")
        if fn is None or fn.type not in ("attribute", "member_expression"):
            return False
        obj = fn.child_by_field_name("object")
        field = fn.child_by_field_name("attribute") or fn.child_by_field_name("property")
        return obj is not None and node_text(obj) in responses and node_text(field) in ("json", "text")

    def _is_mistral_body(self, name: str, at: ts.Node | None = None) -> bool:
        for binding in self.flow.by_name.get(name, ()):
            if at is not None and not _visible(binding, at):
                continue
            value = unwrap(binding.value)
            if value.type in ("call", "call_expression"):
                fn = value.child_by_field_name("function")
                obj = fn.child_by_field_name("object") if fn is not None else None
                if obj is not None and obj.type == "identifier" and self._is_mistral_response(node_text(obj), at) \
                        and last_segment(node_text(fn)) in ("json", "text"):
                    return True
        return False

    def _is_mistral_response(self, name: str, at: ts.Node | None = None) -> bool:
        """`name` holds a Mistral call's response (where `at` sees it: routes reuse `upstream`)."""
        for binding in self.flow.by_name.get(name, ()):
            if at is not None and not _visible(binding, at):
                continue
            value = unwrap(binding.value)
            if value.type in ("call", "call_expression") and self.is_mistral_call(value):
                return True
        return False

    def _hook_leaks(self, hook: ts.Node):
        name = _first_param(hook)
        body = hook.child_by_field_name("body")
        if body is None:
            return
        if not self._hook_on_mistral(hook):
            return
        returns = [body] if body.type not in ("statement_block", "block") else \
            [r for r in _descendants(body, "return_statement")]
        for expr in returns:
            for leak in self._exception_texts(name, expr):
                if not _passes_through_log(leak, expr):
                    yield leak, expr, "an error hook returns the provider's error message to the client"
                    break

    def _hook_on_mistral(self, hook: ts.Node) -> bool:
        """The hook belongs to a Mistral stream: the call it is given to holds a Mistral call
        (`streamText({ model: mistral(…), onError })`, `createDataStreamResponse({ execute })`), or is a
        method of a value that does (`result.toDataStreamResponse({ getErrorMessage })`). A hook
        given to nothing the file can see is kept."""
        call = enclosing(hook, frozenset({"call_expression", "call"}))
        if call is None or self._calls_mistral(call):
            return True
        callee = call.child_by_field_name("function")
        root = _root_name(node_text(callee)) if callee is not None else ""
        return any(self._calls_mistral(b.value) for b in self.flow.by_name.get(root, ()))


class _CallIndex:
    """Every call of a file in source order, and its named functions, from one query: whether a
    node holds a call of some kind is then a range count, however deeply functions nest."""

    def __init__(self, language: str, root: ts.Node):
        captures = queries.captures(language, "calls", root)
        self.calls = sorted(captures.get("call", ()), key=lambda n: (n.start_byte, -n.end_byte))
        self.starts = [c.start_byte for c in self.calls]
        self.functions = [(node_text(name), body) for _, caps in queries.matches(language, "calls", root)
                          for name, body in zip(caps.get("name", ()), caps.get("body", ()))]

    def prefix(self, test) -> list[int]:
        """Running count of the calls that pass `test`."""
        counts = [0]
        for call in self.calls:
            counts.append(counts[-1] + bool(test(call)))
        return counts

    def any_within(self, counts: list[int], node: ts.Node) -> bool:
        """Whether a counted call lies inside `node` (or is `node`). A call that starts where
        `node` does may be an enclosing one (`a()()`): those are checked one by one."""
        lo = bisect.bisect_left(self.starts, node.start_byte)
        hi = bisect.bisect_left(self.starts, node.end_byte)
        first_inner = bisect.bisect_right(self.starts, node.start_byte, lo, hi)
        if counts[hi] - counts[first_inner]:
            return True
        return any(counts[i + 1] - counts[i] and self.calls[i].end_byte <= node.end_byte
                   for i in range(lo, first_inner))


_CALLEE_PEEK = 512


def _innermost_scope(scopes, node: ts.Node):
    """The innermost of `scopes` (functions, None for the module) that holds `node`; False if none."""
    best = False
    for scope in scopes:
        if scope is None:
            best = None if best is False else best
        elif scope.start_byte <= node.start_byte and node.end_byte <= scope.end_byte and (
                best is None or best is False or scope.start_byte >= best.start_byte):
            best = scope
    return best


_BASE_URL_FIELD = frozenset({"base_url", "baseURL", "api_base", "endpoint"})


def _configured_base(args: ts.Node | None) -> bool:
    """An OpenAI-compatible client whose base URL comes from config (`base_url=settings.LLM_BASE_URL`)
    that names no other provider: whose API it calls is not known, so the model id its calls name
    (`mistral-small-latest`) decides, as for any client."""
    for arg in args.named_children if args is not None else ():
        pairs = arg.named_children if arg.type == "object" else [arg]
        for pair in pairs:
            key = pair.child_by_field_name("name") or pair.child_by_field_name("key") \
                if pair.type in ("keyword_argument", "pair") else None
            value = pair.child_by_field_name("value") if key is not None else None
            if value is not None and node_text(key) in _BASE_URL_FIELD and value.type not in (
                    "string", "template_string") and not _OTHER_PROVIDER.search(node_text(value)):
                return True
    return False


def _calls_one_of(call: ts.Node, names: frozenset[str]) -> bool:
    """`name(…)` or `await name(…)` with `name` one of `names` (a plain function, not a method)."""
    if not names:
        return False
    callee = call.child_by_field_name("function")
    return callee is not None and callee.type == "identifier" and node_text(callee) in names


def _routed_elsewhere(groups: dict[str, bool], call: ts.Node) -> bool:
    """A Router call whose `model=` names a group of the Router with no Mistral deployment."""
    args = call.child_by_field_name("arguments")
    for arg in args.named_children if args is not None else ():
        name = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
        if name is not None and node_text(name) == "model":
            value = arg.child_by_field_name("value")
            group = string_content(value) if value is not None else None
            return group in groups and not groups[group]
    return False


def _has_return(node: ts.Node) -> bool:
    """A `return` in `node`, outside nested functions (bounded by the branch's size)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "return_statement":
            return True
        if current is node or current.type not in FUNCTION_TYPES:
            stack.extend(current.named_children)
    return False


def _callee_text(callee: ts.Node, data: bytes) -> str:
    """The callee's text, or for a huge one (an immediately invoked function is the whole
    bundle) its head and tail: only the root name, the last segment and `self.`/`this.` count."""
    start, end = callee.start_byte, callee.end_byte
    if end - start <= 2 * _CALLEE_PEEK:
        return node_text(callee)
    head = data[start:start + _CALLEE_PEEK].decode("utf-8", "replace")
    tail = data[end - _CALLEE_PEEK:end].decode("utf-8", "replace")
    if not re.search(r"[.(\[?]", head) or "." not in tail:
        return node_text(callee)
    return head + "\u2026." + tail.rsplit(".", 1)[-1]


_PY_STDLIB_LIKE = frozenset({
    "os", "sys", "json", "re", "typing", "logging", "fastapi", "flask", "django", "starlette",
    "pydantic", "mistralai", "httpx", "requests", "asyncio", "datetime", "pathlib", "collections",
    "dataclasses", "functools", "itertools", "traceback", "streamlit", "gradio", "langchain",
    "langchain_mistralai", "langchain_core", "llama_index", "openai", "anthropic", "uvicorn",
    "sqlalchemy", "redis", "discord", "telegram", "slack_bolt", "dotenv", "time", "uuid", "math",
})


def _member_texts(node: ts.Node) -> list[str]:
    """The text of each `a.b` (attribute or member expression) under `node`."""
    out = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in ("attribute", "member_expression"):
            out.append(node_text(current))
        stack.extend(current.named_children)
    return out


def _identifiers(node: ts.Node | None) -> list[str]:
    if node is None:
        return []
    out = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in ("identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern"):
            out.append(node_text(current))
        stack.extend(current.named_children)
    return out


# A section read by a Mistral-named key: `config.get("mistral")`, `settings.mistral`, `CONF["mistral"]`.
_MISTRAL_SECTION = re.compile(r"""(?i)(\.get(?:OrThrow)?\s*(?:<[^>]*>)?\(\s*|\[\s*)["'`]mistral["'`]|\.mistral\w*$""")
_SECTION_VALUE_TYPES = frozenset({"call", "call_expression", "member_expression", "attribute", "subscript",
                                  "subscript_expression"})
_MAX_SECTION_BINDINGS = 4
_MAX_SECTION_TEXT = 200
_URL_FIELD = re.compile(r"(?i)^(base_?url|url|endpoint|api_?url|api_?base|base|host)$")


def _section_url_field(node: ts.Node) -> ts.Node | None:
    """The object of `obj.baseURL` / `obj["base_url"]` when it is a plain name, else None."""
    if node.type in ("member_expression", "attribute"):
        field = node.child_by_field_name("property") or node.child_by_field_name("attribute")
        owner = node.child_by_field_name("object")
    elif node.type in ("subscript", "subscript_expression"):
        index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
        field = index if index is not None and index.type == "string" else None
        owner = node.child_by_field_name("value") or node.child_by_field_name("object")
    else:
        return None
    text = node_text(field).strip("'\"`") if field is not None else ""
    return owner if owner is not None and (owner.type == "identifier" or _ON_INSTANCE.match(node_text(owner))) \
        and _URL_FIELD.match(text) else None


_INJECTED_MISTRAL = re.compile(rb"ConfigType\s*<\s*typeof\s+\w*[Mm]istral")
_BASE_URL_OPTION = re.compile(r"(?i)^(base_?url|prefix_?url|api_?base|server_?url)$")
_ON_INSTANCE = re.compile(r"^(this|self)\.[A-Za-z_$][\w$]*$")


def _is_url_name(name: str, flow) -> bool:
    """A name bound to a Mistral endpoint: `URL = "https://api.mistral.ai/v1/..."`."""
    # Only string-shaped values can be an endpoint; reading a whole bound function's text here made
    # large bundles quadratic.
    return any(b.value.type in _URL_VALUE_TYPES and _MISTRAL_URL.search(node_text(b.value))
               for b in flow.by_name.get(name, ()))


_URL_VALUE_TYPES = frozenset({"string", "template_string", "binary_expression", "binary_operator",
                              "concatenated_string", "call", "call_expression", "new_expression"})


def _dotted_in(text: str, names) -> bool:
    """A dotted prefix of `text` (`m.client` of `m.client.chat.complete`) is one of `names`."""
    parts = re.split(r"[.(\[?]", text)
    return any(".".join(parts[:end]) in names for end in range(2, min(len(parts), 6) + 1))


# `RunnableSequence.from([...])`, `RunnableSequence.from_([...])`: a chain of the steps listed.
_SEQUENCE_BUILDER = re.compile(r"(?i)Sequence\.from_?$")
_MAX_SEQUENCE = 16
_GRAPHQL_SOURCE = re.compile(rb"['\"](graphql|@apollo/server|apollo-server[\w-]*|graphql-yoga|@nestjs/graphql|"
                             rb"type-graphql|mercurius)['\"/]")
_RESOLVER_SECTIONS = frozenset({"Query", "Mutation", "Subscription"})
_MAX_RESOLVER_CLIMB = 16


def _in_resolver(node: ts.Node) -> bool:
    """Inside a resolver map's `Query`/`Mutation`/`Subscription` section, or a method of a
    `@Resolver()` class (NestJS GraphQL, TypeGraphQL)."""
    parent = node.parent
    for _ in range(_MAX_RESOLVER_CLIMB):
        if parent is None:
            return False
        if parent.type == "pair" and node_text(parent.child_by_field_name("key")).strip("'\"") in _RESOLVER_SECTIONS:
            return True
        if parent.type in ("class_declaration", "export_statement") and any(
                node_text(d).startswith("@Resolver") for d in parent.children if d.type == "decorator"):
            return True
        parent = parent.parent
    return False


def _callee_name(value: ts.Node) -> str | None:
    """The callee of `value` when it is a call, awaited or not (`cl.Message(...)`)."""
    if value.type == "await" and value.named_children:
        value = value.named_children[0]
    fn = value.child_by_field_name("function") if value.type == "call" else None
    return node_text(fn) if fn is not None else None


def _imported_fact(facts, callee: str) -> ModuleFact | None:
    """The project view's fact for a callee: its root name, or a module object's member."""
    fact = facts.get(_root_name(callee))
    if fact is not None and fact.kind in (REACHES_MISTRAL, MISTRAL_OBJECT):
        return fact
    parts = re.split(r"[.(\[?]", callee)
    for end in range(2, min(len(parts), 6) + 1):
        fact = facts.get(".".join(parts[:end]))
        if fact is not None:
            return fact
    return None


def _first_string(args: ts.Node) -> str | None:
    """The text of a call's first argument when it is a plain string (a session key)."""
    first = args.named_children[0] if args.named_children else None
    return string_content(first) if first is not None and first.type == "string" else None


def _argument_values(args: ts.Node) -> Iterator[ts.Node]:
    """A call's positional arguments and keyword values (`f(a, llm=b)`, `f({ llm: b })`)."""
    for arg in args.named_children:
        if arg.type == "keyword_argument":
            value = arg.child_by_field_name("value")
            if value is not None:
                yield value
        elif arg.type == "object":
            for pair in arg.named_children:
                value = pair.child_by_field_name("value") if pair.type == "pair" else pair
                if value is not None:
                    yield value
        elif arg.type != "comment":
            yield arg


def _unself(text: str) -> str:
    """`svc` of `self.svc` or `this.svc`."""
    return text.split(".", 1)[1] if text.startswith(("self.", "this.")) else text


def _constructed(instance: str) -> str | None:
    """`Service` of `Service(cfg)` (`self.service_class` of `self.service_class()`): what a call
    expression ending the instance text calls, or None when it does not end in a call."""
    if not instance.endswith(")"):
        return None
    depth = 0
    for at in range(len(instance) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(instance[at], 0)
        if depth == 0:
            head = instance[:at].removeprefix("new ").strip()  # `new Service().reply` in JavaScript
            return head if re.fullmatch(r"[\w$.]+", head) else None
    return None


# Methods of a text: called on what a reply holds, they send nothing anywhere.
_TEXT_METHODS = frozenset({
    "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "lower", "upper", "casefold",
    "startswith", "endswith", "replace", "removeprefix", "removesuffix", "partition", "rpartition",
    "encode", "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "startsWith", "endsWith",
    "substring", "replaceAll", "padStart", "padEnd",
})
# Where a reply keeps its text (`msg.content`, `out.text`), and the chat completion's `choices`.
_TEXT_FIELD = re.compile(r"\.(content|text|output_text|completion)$|[)\]]$")
_REPLY_FIELD = re.compile(r"\.choices\b")
_BODY_READS = frozenset({"json", "model_dump", "model_dump_json"})


def _reads_reply(text: str, root_name: str, last: str) -> bool:
    """A method called on the text or fields of a reply (`res.choices[0].message.content.split()`,
    `msg.content.strip()`), not on a client: a chain through the reply's `choices`, or a text
    method called on a text field (a service's own `svc.title(…)` is no text method)."""
    if text == root_name:
        return False
    if _REPLY_FIELD.search(text) or last in _BODY_READS and text == f"{root_name}.{last}":
        return True  # `resp.json()` after the request: its body, already received
    return last in _TEXT_METHODS and bool(_TEXT_FIELD.search(text[:-len(last) - 1]))


_MAX_HEADERS = 32
# Methods of a runner that run the agent they are handed (`Runner.run(agent, q)`, `run_sync`, `run_streamed`).
_AGENT_RUNS = frozenset({"run", "run_sync", "run_streamed", "arun", "run_async", "kickoff", "execute"})


def _built_returns(body: ts.Node) -> Iterator[ts.Node]:
    """What a function returns that is built, not received: a constructor's call (`ChatMistralAI(…)`,
    `Agent(…)`), an agent builder's (`create_react_agent(…)`), a pipe chain (`prompt | model`)."""
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type == "return_statement" and node.named_children:
            value = unwrap(node.named_children[0])
            callee = value.child_by_field_name("function") if value.type == "call" else None
            if value.type == "binary_operator" or callee is not None and (
                    _CONSTRUCTOR.match(last_segment(node_text(callee))) or AGENT_BUILDER.search(last_segment(node_text(callee)))):
                yield value
        elif node.type not in FUNCTION_TYPES and node.type != "class_definition":
            stack.extend(node.named_children)


def _header_arguments(args: ts.Node) -> Iterator[ts.Node]:
    """The header dicts a call is handed: `headers={…}` (Python), `{ headers: {…} }` (a fetch or
    axios options object)."""
    for arg in args.named_children:
        if arg.type == "keyword_argument" and node_text(arg.child_by_field_name("name")) == "headers":
            value = arg.child_by_field_name("value")
            if value is not None and value.type == "dictionary":
                yield value
        elif arg.type == "object":
            for pair in arg.named_children[:_MAX_HEADERS]:
                key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if pair.type == "pair" and key is not None and value is not None and value.type == "object" \
                        and node_text(key).strip("'\"") == "headers":
                    yield value


# The framework's default model: LlamaIndex's `Settings` fields, DSPy's `configure`.
_LLAMA_INDEX_DEFAULTS = frozenset({"Settings.llm", "Settings.embed_model", "Settings.embedModel"})
_CONFIGURE_DEFAULT = re.compile(r"^\w+(\.settings)?\.configure$")
_ENV_READS = frozenset({"os.getenv", "os.environ.get", "getenv", "environ.get"})


def litellm_model_literal(value: ts.Node) -> ts.Node | None:
    """The string a model id is given as: the literal itself, or the default of an environment
    read (`os.getenv("AGENT_MODEL", "mistral/mistral-medium-latest")`)."""
    value = unwrap(value)
    if value.type == "string":
        return value
    callee = value.child_by_field_name("function") if value.type == "call" else None
    args = value.child_by_field_name("arguments")
    if callee is None or args is None or node_text(callee) not in _ENV_READS:
        return None
    values = [a for a in args.named_children if a.type != "comment"]
    return values[1] if len(values) == 2 and values[1].type == "string" else None


def _root_name(text: str) -> str:
    return re.split(r"[.(\[?]", text, maxsplit=1)[0]


def top_level_functions(root: ts.Node) -> Iterator[tuple[str, ts.Node, ts.Node]]:
    """(name, function node, body) of the functions a module defines at its top level (exported
    or not), arrow functions bound to a top-level name included."""
    for child in root.named_children:
        node = child
        if node.type in ("export_statement", "decorated_definition"):
            node = node.child_by_field_name("declaration") or node.child_by_field_name("definition") or node
        if node.type in ("function_definition", "function_declaration", "generator_function_declaration"):
            name, body = node.child_by_field_name("name"), node.child_by_field_name("body")
            if name is not None and body is not None:
                yield node_text(name), node, body
        elif node.type in ("lexical_declaration", "variable_declaration"):
            for declarator in node.named_children:
                value = declarator.child_by_field_name("value")
                name = declarator.child_by_field_name("name")
                if value is not None and name is not None and value.type in ("arrow_function", "function_expression",
                                                                              "function"):
                    body = value.child_by_field_name("body")
                    if body is not None:
                        yield node_text(name), value, body
        elif node.type == "expression_statement":
            yield from _commonjs_export(node)


def _commonjs_export(statement: ts.Node) -> Iterator[tuple[str, ts.Node, ts.Node]]:
    """`exports.generate = async () => …` / `module.exports.generate = function () …`."""
    assignment = statement.named_children[0] if statement.named_children else None
    if assignment is None or assignment.type != "assignment_expression":
        return
    left, value = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    if left is None or value is None or left.type != "member_expression" or \
            node_text(left.child_by_field_name("object")) not in ("exports", "module.exports") or \
            value.type not in ("arrow_function", "function_expression", "function"):
        return
    body = value.child_by_field_name("body")
    if body is not None:
        yield node_text(left.child_by_field_name("property")), value, body


_METHOD_TYPES = frozenset({"function_definition", "method_definition"})


def class_methods(root: ts.Node) -> Iterator[tuple[str, str, ts.Node, ts.Node]]:
    """(class name, method name, method node, body) of the methods of the classes a module
    defines at its top level (exported or decorated ones included)."""
    for child in root.named_children:
        node = child
        if node.type in ("export_statement", "decorated_definition"):
            node = node.child_by_field_name("declaration") or node.child_by_field_name("definition") or \
                next((c for c in node.named_children if c.type in _CLASS_TYPES), node)
        name, body = node.child_by_field_name("name"), node.child_by_field_name("body")
        if node.type not in _CLASS_TYPES or name is None or body is None:
            continue
        for member in body.named_children:
            method = member.child_by_field_name("definition") if member.type == "decorated_definition" else member
            if method is None or method.type not in _METHOD_TYPES:
                continue
            method_name, method_body = method.child_by_field_name("name"), method.child_by_field_name("body")
            if method_name is not None and method_body is not None:
                yield node_text(name), node_text(method_name), method, method_body


def _item_holder(target: ts.Node) -> str | None:
    """`payload["error"] = str(e)`, `body.error = err.message`: the local object whose item or
    field holds the error's text (sent where the object is); not the instance (`self.`, `this.`)."""
    if target.type not in ("subscript", "subscript_expression", "member_expression"):
        return None
    holder = target.child_by_field_name("value") or target.child_by_field_name("object")
    if holder is None or holder.type != "identifier" or node_text(holder) in ("self", "this"):
        return None
    return node_text(holder)


def _injected_class(binding, name: str, classes: frozenset[str], language: str) -> str | None:
    """`self.drafts = drafts` in a method whose parameter `drafts: DraftService` is typed with one
    of `classes` (a service handed to the constructor): the class. The annotation is read in the
    binding's own function, not from another one's parameter of the same name."""
    function = enclosing(binding.name_node, FUNCTION_TYPES)
    params = function.child_by_field_name("parameters") if function is not None else None
    if params is None:
        return None
    for param, annotation in typed_parameters(params, language):
        if param == name:
            return next((cls for cls in re.findall(r"[A-Za-z_]\w*", annotation) if cls in classes), None)
    return None


def next_call(block: ts.Node | None, name: str | None) -> ts.Node | None:
    """`next(err)` (or `next(wrapped)` built from it) in a handler's own body."""
    if block is None or name is None:
        return None
    stack = [block]
    while stack:
        node = stack.pop()
        if node.type == "call_expression" and node_text(node.child_by_field_name("function")) == "next" \
                and name in _identifiers(node.child_by_field_name("arguments")):
            return node
        if node.type not in FUNCTION_TYPES or node == block:
            stack.extend(node.named_children)
    return None

# Bindings of one name looked at to tell which one a call sees (`ErrorLeak._binding_scopes`).
_MAX_SCOPED = 32


def _visible(binding, at: ts.Node) -> bool:
    """A binding made at module level, or in a function that encloses `at` (not in a sibling
    route's body that reuses the name)."""
    scope = enclosing(binding.name_node, FUNCTION_TYPES)
    return scope is None or scope.start_byte <= at.start_byte and at.end_byte <= scope.end_byte

def _exception_name(clause: ts.Node) -> str | None:
    param = clause.child_by_field_name("parameter")
    if param is not None:
        return node_text(param) if param.type == "identifier" else None
    for child in clause.named_children:
        if child.type == "as_pattern":
            target = child.child_by_field_name("alias")
            if target is None:
                targets = [c for c in child.named_children if c.type == "as_pattern_target"]
                target = targets[0] if targets else None
            if target is not None:
                return node_text(target).strip()
    return None


def _last_block(clause: ts.Node) -> ts.Node | None:
    blocks = [c for c in clause.named_children if c.type in ("block", "statement_block")]
    return blocks[-1] if blocks else None


def _argument_position(arg: ts.Node) -> int:
    return [a for a in arg.parent.named_children if a.type != "comment"].index(arg)


def _parameter_name_node(param: ts.Node) -> ts.Node:
    """A parameter's name node (`error: unknown`, `error = null` give `error`)."""
    return param.child_by_field_name("pattern") or param.child_by_field_name("left") or \
        param.child_by_field_name("name") or param


def _is_async(fn: ts.Node) -> bool:
    return any(child.type == "async" for child in fn.children[:2])


def _first_param(fn: ts.Node) -> str | None:
    """The name the error arrives under: the first parameter, or `{ error }` destructured from it."""
    target = first_parameter(fn)
    if target is None:
        return None
    if target.type == "object_pattern":
        names = [node_text(c) for c in target.named_children
                 if c.type == "shorthand_property_identifier_pattern" and node_text(c) in ("error", "err", "e")]
        return names[0] if names else None
    return node_text(target)


def _condition(node: ts.Node) -> ts.Node | None:
    """The test of a conditional; for operators that yield a yes/no, the operand itself."""
    if node.type in ("comparison_operator", "not_operator", "unary_expression"):
        return node.named_children[0] if node.named_children else None
    if node.type == "conditional_expression":
        return node.named_children[1] if len(node.named_children) > 1 else None
    return node.child_by_field_name("condition")


def _is_binding_site(node: ts.Node) -> bool:
    parent = node.parent
    if parent is None:
        return False
    if parent.type in ("as_pattern_target", "catch_clause", "required_parameter", "formal_parameters"):
        return True
    if parent.type in ("assignment", "assignment_expression") and parent.child_by_field_name("left") == node:
        return True
    return False


def _getattr_shows(call: ts.Node) -> bool:
    """`getattr(exc, "message", …)` reads text; `getattr(exc, "status_code", 500)` does not."""
    if node_text(call.child_by_field_name("function")) != "getattr":
        return False
    args = call.child_by_field_name("arguments")
    named = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    field = string_content(named[1]) if len(named) > 1 and named[1].type == "string" else None
    return field is not None and field not in _SAFE_FIELDS


def _exposed(ref: ts.Node) -> ts.Node | None:
    """The expression that shows the exception's text, or None when only its status/type is used."""
    node = ref
    while True:
        parent = node.parent
        if parent is None:
            return node
        if parent.type in ("parenthesized_expression", "as_expression", "non_null_expression", "await_expression"):
            node = parent
            continue
        if parent.type in ("attribute", "member_expression") and parent.child_by_field_name("object") == node:
            field = node_text(parent.child_by_field_name("attribute") or parent.child_by_field_name("property"))
            if field in _SAFE_FIELDS:
                return None
            node = parent
            continue
        if parent.type in ("subscript", "subscript_expression") and \
                (parent.child_by_field_name("value") or parent.child_by_field_name("object")) == node:
            node = parent
            continue
        if parent.type in ("call", "call_expression") and parent.child_by_field_name("function") == node:
            node = parent
            continue
        if parent.type in ("call", "call_expression") and _getattr_shows(parent):
            node = parent  # getattr(exc, "message", str(exc))
            continue
        if parent.type in ("call", "call_expression") and node_text(parent.child_by_field_name("function")) in _HARMLESS_CALLS:
            return None
        if parent.type == "binary_expression" and node_text(parent.child_by_field_name("operator")) in (
                "instanceof", "===", "!==", "==", "!=", "in"):
            return None
        if parent.type in ("comparison_operator", "not_operator", "unary_expression"):
            return None
        return node


def _is_error_cause(pair: ts.Node) -> bool:
    """`new TRPCError({ message, cause: err })`, `new HttpException(msg, 502, { cause: err })`: an
    error's `cause` option stays on the server (logs, error handlers); it is not serialised."""
    key, owner = pair.child_by_field_name("key"), pair.parent
    args = owner.parent if owner is not None and owner.type == "object" else None
    call = args.parent if args is not None and args.type == "arguments" else None
    ctor = call.child_by_field_name("constructor") if call is not None and call.type == "new_expression" else None
    return key is not None and node_text(key) == "cause" and ctor is not None and \
        node_text(ctor).endswith(("Error", "Exception"))


def _passes_through_log(leak: ts.Node, top: ts.Node) -> bool:
    """`onError: ({ error }) => console.error(error)`: the hook logs the error and returns nothing."""
    node = leak.parent
    while node is not None and node != top.parent:
        if node.type in ("call", "call_expression"):
            callee = node.child_by_field_name("function")
            if callee is not None and is_log_callee(callee):
                return True
        node = node.parent
    return False


def _references(name: str, block: ts.Node, after: int) -> Iterator[ts.Node]:
    """Uses of `name` (or of any of `a,b`: fields destructured together) after a point."""
    names = set(name.split(","))
    stack = [block]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier") and node_text(node) in names \
                and node.start_byte >= after and not _is_binding_site(node):
            yield node
        stack.extend(reversed(node.named_children))


def _destructured(pattern: ts.Node) -> list[str]:
    """Local names of the fields `const { response, message: text } = err` takes that show text
    (`{ status, code }` show none)."""
    if pattern.type != "object_pattern":
        return []
    out = []
    for field in pattern.named_children:
        if field.type == "shorthand_property_identifier_pattern":
            key = local = field
        elif field.type == "pair_pattern":
            key, local = field.child_by_field_name("key"), field.child_by_field_name("value")
        elif field.type == "object_assignment_pattern":
            key = local = field.child_by_field_name("left")
        else:
            continue
        if key is not None and local is not None and local.type in ("identifier", "shorthand_property_identifier_pattern") \
                and node_text(key) not in _SAFE_FIELDS:
            out.append(node_text(local))
    return out

def _descendants(node: ts.Node, kind: str) -> Iterator[ts.Node]:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == kind:
            yield current
        if current.type not in FUNCTION_TYPES or current == node:
            stack.extend(current.named_children)


CHECKERS = (Checker(CODE, CODE_LANGUAGES, PREFILTER, check),)
