import { authHeaders } from "./headers";

const ENDPOINT = "https://api.mistral.ai/v1/chat/completions";

export async function completeRecipe(ingredients: string[]) {
  const headers = authHeaders();
  console.log("calling mistral", { endpoint: ENDPOINT, headers });
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers,
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: `A recipe with: ${ingredients.join(", ")}` }],
    }),
  });
  if (!res.ok) throw new Error(`Mistral ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content as string;
}
