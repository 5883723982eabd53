import type { APIRoute } from "astro";
import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: import.meta.env.MISTRAL_API_KEY });

export const POST: APIRoute = async ({ request }) => {
  const { text } = await request.json();
  try {
    const res = await mistral.classifiers.moderate({ model: "mistral-moderation-latest", inputs: [text] });
    return new Response(JSON.stringify({ flagged: res.results[0].categories }));
  } catch (err) {
    console.error("moderation failed", err);
    return new Response(JSON.stringify({ error: "moderation unavailable" }), { status: 502 });
  }
};
