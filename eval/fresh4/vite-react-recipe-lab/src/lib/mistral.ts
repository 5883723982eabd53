import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: import.meta.env.VITE_MISTRAL_API_KEY });

export async function suggestRecipe(ingredients: string[]): Promise<string> {
  const res = await client.chat.complete({
    model: import.meta.env.VITE_DEFAULT_MODEL,
    messages: [{ role: "user", content: `Suggest a recipe using ${ingredients.join(", ")}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
