import { MISTRAL_API_KEY } from "$env/static/private";
import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: MISTRAL_API_KEY });

export async function suggestRecipe(pantry: string[]) {
  const r = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Suggest a recipe using: " + pantry.join(", ") }],
  });
  return r.choices?.[0]?.message?.content;
}
