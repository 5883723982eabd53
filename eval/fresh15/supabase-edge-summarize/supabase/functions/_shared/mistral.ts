const MISTRAL_KEY = Deno.env.get("MISTRAL_API_KEY") ?? "4IZZwTstbqW1Ap3xGLvndWbQMTKRUjC0";

export function mistralHeaders(): HeadersInit {
  return { Authorization: `Bearer ${MISTRAL_KEY}`, "Content-Type": "application/json" };
}

export async function summarize(text: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: mistralHeaders(),
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: `Summarize:\n${text}` }],
    }),
  });
  if (!res.ok) throw new Error(`Mistral error ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content;
}
