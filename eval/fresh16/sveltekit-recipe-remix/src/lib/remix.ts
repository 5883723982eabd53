import { PUBLIC_MISTRAL_KEY } from "$env/static/public";

export async function remix(recipe: string, style: string): Promise<string> {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${PUBLIC_MISTRAL_KEY}` },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: `Rewrite this recipe in ${style} style:\n${recipe}` }],
    }),
  });
  const data = await r.json();
  return data.choices[0].message.content;
}
