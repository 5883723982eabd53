import { MISTRAL_CHAT_URL } from "@/lib/endpoints";
import { mistralInit } from "@/lib/http";

export async function POST(req: Request) {
  const { term } = await req.json();
  const init = mistralInit({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Define the term: ${term}` }],
  });
  console.debug("glossary → mistral", init);
  try {
    const res = await fetch(MISTRAL_CHAT_URL, init);
    if (!res.ok) throw new Error(`mistral ${res.status}`);
    const data = await res.json();
    return Response.json({ definition: data.choices[0].message.content });
  } catch (err) {
    console.error("glossary failed", err);
    return Response.json({ error: "The glossary service is unavailable." }, { status: 502 });
  }
}
