import { Mistral } from "@mistralai/mistralai";

if (import.meta.env.DEV) {
  console.log("[mistral] env at startup", import.meta.env);
}

const client = new Mistral({ apiKey: import.meta.env.MISTRAL_API_KEY });

export async function reply(history: { role: "user" | "assistant"; content: string }[]) {
  const res = await client.chat.complete({ model: "mistral-small-latest", messages: history });
  return String(res.choices?.[0]?.message?.content ?? "");
}
