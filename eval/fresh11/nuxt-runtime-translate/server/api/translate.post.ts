export default defineEventHandler(async (event) => {
  const { text, target } = await readBody(event);
  try {
    const res = await useMistral().chat.complete({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: `Translate to ${target}: ${text}` }],
    });
    return { translation: res.choices?.[0]?.message?.content };
  } catch (error) {
    console.error("translate failed", error);
    throw createError({ statusCode: 502, statusMessage: "Translation unavailable" });
  }
});
