import type { RequestHandler } from "./$types";
import { streamAnswer } from "$lib/server/mistral";

export const POST: RequestHandler = async ({ request }) => {
  const { question } = await request.json();
  const encoder = new TextEncoder();
  const body = new ReadableStream({
    async start(controller) {
      try {
        for await (const token of streamAnswer(question)) controller.enqueue(encoder.encode(token));
      } catch (e) {
        controller.enqueue(encoder.encode(`\n[error] ${(e as Error).message}`));
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
