import { Mistral } from "@mistralai/mistralai";
import { MISTRAL_API_KEY } from "$env/static/private";

const client = new Mistral({ apiKey: MISTRAL_API_KEY });

export async function getNutrition(recipe: string): Promise<string> {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Estimate calories and macros per serving:\n${recipe}` }],
  });
  return String(res.choices[0].message.content);
}
