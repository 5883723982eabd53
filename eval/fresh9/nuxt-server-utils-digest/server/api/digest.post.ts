export default defineEventHandler(async (event) => {
  const { urls } = await readBody<{ urls: string[] }>(event);
  try {
    return { digest: await digest(urls) };
  } catch (err: any) {
    throw createError({ statusCode: 502, statusMessage: err?.message ?? "failed" });
  }
});
