import OpenAI from "openai";

export const router = new OpenAI({
  baseURL: "https://openrouter.ai/api/v1",
  apiKey: process.env.OPENROUTER_API_KEY ?? "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",
});

export async function chat(messages) {
  const r = await router.chat.completions.create({ model: "mistralai/mistral-small-3.1-24b-instruct", messages });
  return r.choices[0].message.content;
}
