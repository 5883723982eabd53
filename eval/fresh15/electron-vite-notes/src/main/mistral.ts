import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function summarizeNote(body: string) {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Summarize this note:\n${body}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
