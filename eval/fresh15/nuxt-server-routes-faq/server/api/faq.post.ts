import faq from "~/content/faq.json";

export default defineEventHandler(async (event) => {
  const { question } = await readBody<{ question: string }>(event);
  try {
    return { answer: await askMistral(question, JSON.stringify(faq)) };
  } catch (err: any) {
    throw createError({ statusCode: 502, statusMessage: err.message });
  }
});
