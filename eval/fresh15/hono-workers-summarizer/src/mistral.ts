export type Env = { MISTRAL_API_KEY: string; MISTRAL_MODEL: string };

export async function summarize(env: Env, text: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: env.MISTRAL_MODEL,
      messages: [{ role: "user", content: `Summarize:\n${text}` }],
    }),
  });
  if (!res.ok) throw new Error(await res.text());
  const data: any = await res.json();
  return data.choices[0].message.content;
}
