export default defineEventHandler(async (event) => {
  const body = await readBody<{ url: string }>(event);
  try {
    return { summary: await summarizePage(body.url) };
  } catch (err: any) {
    throw createError({ statusCode: 500, statusMessage: err.message });
  }
});
