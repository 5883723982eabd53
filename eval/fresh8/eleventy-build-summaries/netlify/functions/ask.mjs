import { ask } from "../../lib/mistral.mjs";

export default async (req) => {
  const { question } = await req.json();
  try {
    return Response.json({ answer: await ask(question) });
  } catch (error) {
    return new Response(JSON.stringify({ error: error.message }), { status: 500 });
  }
};
