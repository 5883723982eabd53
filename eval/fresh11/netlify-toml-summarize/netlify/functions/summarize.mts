import type { Config } from "@netlify/functions";
import { summarize } from "../lib/mistral.mts";

export default async (req: Request) => {
  const { text } = await req.json();
  try {
    return Response.json({ summary: await summarize(text) });
  } catch (err) {
    return new Response(JSON.stringify({ error: String(err) }), { status: 500 });
  }
};

export const config: Config = { path: "/api/summarize" };
