import { buildInit, mistralFetch } from "@/lib/mistral";

export async function POST(req: Request) {
  const { text } = await req.json();
  const body = { model: "mistral-small-latest", messages: [{ role: "user", content: text }] };
  if (process.env.DEBUG_LLM) console.debug("mistral init", buildInit(body));
  try {
    const data = await mistralFetch("/chat/completions", body);
    return Response.json({ summary: data.choices[0].message.content });
  } catch (e) {
    return Response.json({ error: String(e) }, { status: 500 });
  }
}
