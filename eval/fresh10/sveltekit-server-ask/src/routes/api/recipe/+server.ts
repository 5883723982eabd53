import { json } from "@sveltejs/kit";
import { suggestRecipe } from "$lib/server/mistral";
import { PUBLIC_SITE_NAME } from "$env/static/public";

export async function POST({ request }) {
  const { pantry } = await request.json();
  try {
    return json({ site: PUBLIC_SITE_NAME, recipe: await suggestRecipe(pantry) });
  } catch (e) {
    return json({ error: (e as Error).message }, { status: 500 });
  }
}
