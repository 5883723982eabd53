import { writeCopy } from "../../server/copywriter.mjs";

export default async (req) => {
  if (req.method !== "POST") return new Response("Method not allowed", { status: 405 });
  try {
    return Response.json({ copy: await writeCopy(await req.json()) });
  } catch (err) {
    return Response.json({ error: `${err}` }, { status: 500 });
  }
};
