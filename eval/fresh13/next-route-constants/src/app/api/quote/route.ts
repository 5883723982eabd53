import { mistral } from "@/lib/mistral";

export async function GET() {
  try {
    const r = await mistral.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: "A short quote." }] });
    return Response.json({ quote: r.choices?.[0]?.message?.content });
  } catch (e) {
    console.error(e);
    return Response.json({ error: "Could not fetch a quote" }, { status: 500 });
  }
}
