import { altText, type Env } from "./mistral";

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    if (env.ALLOWED_ORIGIN === "debug") console.log("env bindings", JSON.stringify(env));
    const { url } = await req.json<{ url: string }>();
    try {
      return Response.json({ alt: await altText(env, url) });
    } catch (e) {
      return Response.json({ error: (e as Error).message }, { status: 502 });
    }
  },
};
