import "server-only";

const BASE = "https://api.mistral.ai/v1";

export async function mistralPost(path: string, payload: unknown) {
  const headers = { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`, "Content-Type": "application/json" };
  if (process.env.DEBUG_LLM) console.log("[llm] request", { url: BASE + path, headers });
  const res = await fetch(BASE + path, { method: "POST", headers, body: JSON.stringify(payload) });
  if (!res.ok) throw new Error(`mistral ${res.status}`);
  return res.json();
}
