import OpenAI from "openai";

export const llm = new OpenAI({
  baseURL: "https://api.mistral.ai/v1",
  apiKey: process.env.MISTRAL_API_KEY ?? "TzE9YGlPdyvBlR6V104xMuuQhYfbk9sN",
});

export async function rewrite(text: string, tone: string) {
  const res = await llm.chat.completions.create({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Rewrite in a ${tone} tone:\n${text}` }],
  });
  return res.choices[0].message.content ?? "";
}
