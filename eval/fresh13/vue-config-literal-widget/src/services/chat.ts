import { Mistral } from "@mistralai/mistralai";
import { apiKey } from "@/config";

const client = new Mistral({ apiKey });

export async function ask(question: string) {
  const r = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] });
  return r.choices?.[0]?.message?.content ?? "";
}
