import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });

export async function classify(ticket: string): Promise<string> {
  const res = await client.chat.complete({
    model: "ministral-8b-latest",
    messages: [{ role: "user", content: `Label this ticket: ${ticket}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
