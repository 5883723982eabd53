import type { RequestHandler } from "@builder.io/qwik-city";

export const onPost: RequestHandler = async ({ json, env, parseBody }) => {
  const { text } = (await parseBody()) as { text: string };
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${env.get("MISTRAL_API_KEY")}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Summarize: ${text}` }] }),
  });
  if (!r.ok) {
    console.error("mistral error", r.status, await r.text());
    json(502, { error: "summary unavailable" });
    return;
  }
  json(200, { summary: (await r.json()).choices[0].message.content });
};
