export interface Env { MISTRAL_API_KEY: string; MODEL: string }

export function callMistral(env: Env, prompt: string): Promise<Response> {
  return fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: env.MODEL, messages: [{ role: "user", content: prompt }] }),
  });
}
