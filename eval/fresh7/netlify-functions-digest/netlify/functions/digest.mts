import { digest } from "../lib/mistral.mts";

export default async (req: Request) => {
  const { items } = await req.json();
  try {
    return Response.json({ digest: await digest(items) });
  } catch (err) {
    return new Response(JSON.stringify({ error: (err as Error).message }), { status: 500 });
  }
};
