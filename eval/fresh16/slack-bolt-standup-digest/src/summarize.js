import { CHAT_URL, authHeaders } from "./mistral.js";

export async function summarizeMessages(messages) {
  const body = JSON.stringify({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Summarize this standup thread:\n" + messages.join("\n") }],
  });
  const init = { method: "POST", headers: authHeaders(), body };
  if (process.env.LOG_LEVEL === "debug") console.debug("mistral request", init);
  const r = await fetch(CHAT_URL, init);
  if (!r.ok) throw new Error(`Mistral returned ${r.status}: ${await r.text()}`);
  return (await r.json()).choices[0].message.content;
}
