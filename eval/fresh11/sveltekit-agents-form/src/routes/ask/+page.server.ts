import { fail } from "@sveltejs/kit";
import type { Actions } from "./$types";
import { askAgent } from "$lib/server/agents";

export const actions: Actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    const question = String(data.get("question") ?? "");
    if (!question) return fail(400, { message: "Please type a question." });
    try {
      return { answer: await askAgent(question) };
    } catch (err) {
      return fail(502, { message: String(err) });
    }
  },
};
