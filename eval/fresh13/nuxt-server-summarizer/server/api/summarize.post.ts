export default defineEventHandler(async (event) => {
  const { text } = await readBody(event);
  try {
    return { summary: await summarizeText(text) };
  } catch (err: any) {
    throw createError({ statusCode: 500, statusMessage: err.message });
  }
});
