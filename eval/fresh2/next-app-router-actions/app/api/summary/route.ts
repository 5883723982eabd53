import { summarize } from "@/lib/mistral";

export async function POST(req: Request) {
  const { text } = await req.json();
  try {
    return Response.json({ summary: await summarize(text) });
  } catch (err) {
    return new Response(`${err}`, { status: 500 });
  }
}
