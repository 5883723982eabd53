import { json } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";
import { streamAnswer } from "$lib/server/mistral";

export const POST: RequestHandler = async ({ request }) => {
  const { prompt } = await request.json();
  let text = "";
  try {
    for await (const part of streamAnswer(prompt)) text += part;
  } catch (e) {
    return json({ error: String(e) }, { status: 502 });
  }
  return json({ text });
};
