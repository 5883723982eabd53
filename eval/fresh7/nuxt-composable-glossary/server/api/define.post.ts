import { Mistral } from "@mistralai/mistralai";

export default defineEventHandler(async (event) => {
  const { term } = await readBody(event);
  const client = new Mistral({ apiKey: useRuntimeConfig(event).mistralApiKey });
  try {
    const r = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: `Define ${term}` }] });
    return { text: r.choices?.[0]?.message?.content };
  } catch (e) {
    console.error(e);
    throw createError({ statusCode: 502, statusMessage: "Definition unavailable" });
  }
});
