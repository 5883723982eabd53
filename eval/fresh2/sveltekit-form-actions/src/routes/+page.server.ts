import { fail } from "@sveltejs/kit";
import type { Actions } from "./$types";
import { client } from "$lib/server/mistral";

export const actions: Actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    try {
      const res = await client.chat.complete({
        model: "mistral-small-latest",
        messages: [{ role: "user", content: String(data.get("q")) }],
      });
      return { answer: String(res.choices?.[0]?.message?.content ?? "") };
    } catch (e) {
      console.error(e);
      return fail(502, { error: "The assistant is unavailable." });
    }
  },
};
