import "server-only";
import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY! });

export async function summarize(text: string): Promise<string> {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Summarize in one paragraph:\n${text}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
