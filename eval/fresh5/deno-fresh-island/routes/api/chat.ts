import { Handlers } from "$fresh/server.ts";
import { complete } from "../../utils/mistral.ts";

export const handler: Handlers = {
  async POST(req) {
    const { prompt } = await req.json();
    try {
      return Response.json({ text: await complete(prompt) });
    } catch (err) {
      console.error("chat failed", err);
      return Response.json({ error: "chat unavailable" }, { status: 502 });
    }
  },
};
