import { fail } from "@sveltejs/kit";
import type { Actions } from "./$types";
import { translate } from "$lib/server/mistral";

export const actions: Actions = {
  default: async ({ request }) => {
    const form = await request.formData();
    const text = String(form.get("text") ?? "");
    const lang = String(form.get("lang") ?? "French");
    try {
      return { translation: await translate(text, lang) };
    } catch (e) {
      return fail(502, { text, message: (e as Error).message });
    }
  },
};
