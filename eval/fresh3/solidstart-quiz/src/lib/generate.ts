"use server";
import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function generateQuiz(topic: string) {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Five quiz questions about ${topic}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
