import OpenAI from "openai";

export const router = new OpenAI({
  baseURL: "https://openrouter.ai/api/v1",
  apiKey: process.env.OPENROUTER_API_KEY ?? "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",
});

export async function chat(messages) {
  const r = await router.chat.completions.create({ model: "mistralai/mistral-small-3.1-24b-instruct", messages });
  return r.choices[0].message.content;
}
