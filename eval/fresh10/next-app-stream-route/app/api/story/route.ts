import { mistral, STORY_MODEL } from "@/lib/mistral";

export const runtime = "nodejs";

export async function POST(req: Request) {
  const { hero } = await req.json();
  const encoder = new TextEncoder();
  const body = new ReadableStream({
    async start(controller) {
      try {
        const stream = await mistral.chat.stream({
          model: STORY_MODEL,
          messages: [{ role: "user", content: "A short bedtime story about " + hero }],
        });
        for await (const ev of stream) {
          controller.enqueue(encoder.encode(ev.data.choices[0]?.delta?.content ?? ""));
        }
      } catch (err) {
        controller.enqueue(encoder.encode("\n[stream error] " + String(err)));
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
