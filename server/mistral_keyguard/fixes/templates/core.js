const UPSTREAM = (process.env.MISTRAL_API_BASE_URL || "https://api.mistral.ai").replace(/\/+$/, "");
// Only these models can be asked for; anything else is refused.
const CHAT_MODELS = ["mistral-small-latest", "mistral-medium-latest", "mistral-large-latest", "open-mistral-nemo"];
const EMBED_MODELS = ["mistral-embed"];
const MAX_TOKENS = 1024; // upper bound on what one request may spend
const MAX_MESSAGES = 50;
const GENERIC_ERROR = "The assistant is unavailable right now. Please try again later.";

class BadRequest extends Error {}

function pickModel(value, allowed) {
  if (value === undefined) return allowed[0];
  if (!allowed.includes(value)) throw new BadRequest("model not allowed");
  return value;
}

// Rebuild the body from the fields the proxy accepts; everything else the client sent is dropped.
const ROUTES = {
  chat: {
    path: "/v1/chat/completions",
    body(input) {
      if (!input || !Array.isArray(input.messages) || input.messages.length === 0) {
        throw new BadRequest("messages must be a non-empty array");
      }
      const messages = input.messages.slice(-MAX_MESSAGES).map((m) => {
        if (!m || !["system", "user", "assistant"].includes(m.role) || typeof m.content !== "string") {
          throw new BadRequest("each message needs a role and a text content");
        }
        return { role: m.role, content: m.content };
      });
      const requested = Number.isInteger(input.max_tokens) && input.max_tokens > 0 ? input.max_tokens : MAX_TOKENS;
      const body = { model: pickModel(input.model, CHAT_MODELS), messages, max_tokens: Math.min(requested, MAX_TOKENS) };
      if (typeof input.temperature === "number") body.temperature = Math.min(Math.max(input.temperature, 0), 1.5);
      if (input.stream === true) body.stream = true;
      return body;
    },
  },
  embeddings: {
    path: "/v1/embeddings",
    body(input) {
      const texts = Array.isArray(input && input.input) ? input.input : [input && input.input];
      if (texts.length === 0 || texts.length > 64 || !texts.every((t) => typeof t === "string")) {
        throw new BadRequest("input must be a string or up to 64 strings");
      }
      return { model: pickModel(input.model, EMBED_MODELS), input: texts };
    },
  },
};

// Calls Mistral with the server's key. Returns { status, stream, body } where body is an
// upstream web stream (stream: true) or a JSON value; never the client's headers, never the key.
async function callMistral(routeName, input) {
  const route = ROUTES[routeName];
  if (!route) return { status: 404, body: { error: "Not found" } };
  let payload;
  try {
    payload = route.body(input);
  } catch (err) {
    if (err instanceof BadRequest) return { status: 400, body: { error: err.message } };
    throw err;
  }
  const key = process.env.MISTRAL_API_KEY;
  if (!key) {
    console.error("mistral proxy: MISTRAL_API_KEY is not set on the server");
    return { status: 500, body: { error: GENERIC_ERROR } };
  }
  try {
    const upstream = await fetch(UPSTREAM + route.path, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${key}`,
        "Content-Type": "application/json",
        Accept: payload.stream ? "text/event-stream" : "application/json",
      },
      body: JSON.stringify(payload),
    });
    if (!upstream.ok) {
      console.error(`mistral proxy: upstream answered ${upstream.status}: ${(await upstream.text()).slice(0, 500)}`);
      return { status: upstream.status === 429 ? 429 : 502, body: { error: GENERIC_ERROR } };
    }
    if (payload.stream) return { status: 200, stream: true, body: upstream.body };
    return { status: 200, body: await upstream.json() };
  } catch (err) {
    console.error("mistral proxy: request to Mistral failed", err);
    return { status: 502, body: { error: GENERIC_ERROR } };
  }
}
