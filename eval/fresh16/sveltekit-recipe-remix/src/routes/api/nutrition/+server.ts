import { json } from "@sveltejs/kit";
import { getNutrition } from "$lib/server/nutrition";

export async function POST({ request }) {
  const { recipe } = await request.json();
  try {
    return json({ facts: await getNutrition(recipe) });
  } catch (e) {
    return json({ error: (e as Error).message }, { status: 502 });
  }
}
