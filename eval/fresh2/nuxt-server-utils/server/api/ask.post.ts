export default defineEventHandler(async (event) => {
  const { q } = await readBody<{ q: string }>(event);
  try {
    return { answer: await askMistral(q) };
  } catch (err: any) {
    throw createError({ statusCode: 502, statusMessage: err.message });
  }
});
