import { routes } from "./providers.ts";

export async function complete(tier: keyof typeof routes, prompt: string) {
  const route = routes[tier];
  const key = Deno.env.get(route.keyVar) ?? "";
  const res = await fetch(route.url, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: route.model, messages: [{ role: "user", content: prompt }] }),
  });
  if (!res.ok) throw new Error(`${tier} ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content as string;
}
