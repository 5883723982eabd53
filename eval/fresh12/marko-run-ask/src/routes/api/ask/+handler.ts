import { ask } from "../../../lib/mistral";

export const POST: MarkoRun.Handler = async (context) => {
  const { question } = await context.request.json();
  try {
    return Response.json({ answer: await ask(question) });
  } catch (err) {
    return new Response(JSON.stringify({ error: (err as Error).message }), { status: 500 });
  }
};
