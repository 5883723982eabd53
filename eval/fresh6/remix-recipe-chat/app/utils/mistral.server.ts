import { Mistral } from "@mistralai/mistralai";

export const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY! });

export async function suggestRecipe(ingredients: string[]) {
  const res = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Suggest one recipe using: ${ingredients.join(", ")}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
