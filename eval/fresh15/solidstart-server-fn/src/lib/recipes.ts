"use server";

import { completeRecipe } from "./mistral";

export async function suggestRecipe(ingredients: string[]) {
  try {
    return { ok: true as const, recipe: await completeRecipe(ingredients) };
  } catch (e) {
    return { ok: false as const, message: `${e}` };
  }
}
