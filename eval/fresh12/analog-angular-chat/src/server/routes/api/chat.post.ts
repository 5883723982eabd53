import { createError, defineEventHandler, readBody } from "h3";
import { chat } from "../../lib/mistral";

export default defineEventHandler(async (event) => {
  const { messages } = await readBody(event);
  try {
    return { reply: await chat(messages) };
  } catch (e) {
    throw createError({ statusCode: 502, statusMessage: (e as Error).message });
  }
});
