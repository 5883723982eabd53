import { summarize, type Env } from "./summarize";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "POST") return new Response("POST only", { status: 405 });
    const { text } = (await request.json()) as { text: string };
    try {
      return Response.json({ summary: await summarize(env, text) });
    } catch (e) {
      return Response.json({ error: String(e) }, { status: 500 });
    }
  },
};
