import { Mistral } from "@mistralai/mistralai";

export async function data() {
  const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
  const res = await client.chat.complete({
    model: "ministral-3b-latest",
    messages: [{ role: "user", content: "A one-line greeting for a chat page." }],
  });
  return { greeting: res.choices[0].message.content as string };
}
