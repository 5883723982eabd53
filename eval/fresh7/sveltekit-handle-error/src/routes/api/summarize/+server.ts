import { json } from "@sveltejs/kit";
import { summarize } from "$lib/server/mistral";

export async function POST({ request }) {
  const { text } = await request.json();
  return json({ summary: await summarize(text) });
}
