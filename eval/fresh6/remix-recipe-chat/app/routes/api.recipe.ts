import { json, type ActionFunctionArgs } from "@remix-run/node";
import { suggestRecipe } from "~/utils/mistral.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const ingredients = String(form.get("ingredients") ?? "").split(",");
  try {
    return json({ recipe: await suggestRecipe(ingredients) });
  } catch (error) {
    console.error("recipe failed", error);
    return json({ error: "Could not suggest a recipe right now." }, { status: 500 });
  }
}
