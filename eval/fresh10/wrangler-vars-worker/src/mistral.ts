export interface Env { MISTRAL_API_KEY: string; ALLOWED_ORIGIN: string }

export async function altText(env: Env, imageUrl: string): Promise<string> {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "pixtral-12b-2409", messages: [{ role: "user", content: [{ type: "text", text: "Alt text:" }, { type: "image_url", image_url: imageUrl }] }] }),
  });
  if (!r.ok) throw new Error(`mistral ${r.status}: ${await r.text()}`);
  return (await r.json<any>()).choices[0].message.content;
}
