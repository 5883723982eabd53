export const CHAT_URL = "https://api.mistral.ai/v1/chat/completions";

export function buildRequest(text, lang, key, model = "mistral-small-latest") {
  return {
    url: CHAT_URL,
    init: {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        model,
        messages: [{ role: "user", content: `Translate into ${lang}, output only the translation:\n${text}` }],
      }),
    },
  };
}
