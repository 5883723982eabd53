import { mistralChat } from "@/lib/mistral";

export async function POST(req: Request) {
  const { commits } = await req.json();
  try {
    const text = await mistralChat([{ role: "user", content: `Write a changelog:\n${commits}` }]);
    return Response.json({ text });
  } catch (e) {
    return new Response(`Upstream error: ${(e as Error).message}`, { status: 500 });
  }
}
