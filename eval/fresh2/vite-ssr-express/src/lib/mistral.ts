import { Mistral } from "@mistralai/mistralai";

export function makeClient(apiKey: string) {
  return new Mistral({ apiKey });
}

export async function reply(apiKey: string, messages: { role: "user" | "assistant"; content: string }[]) {
  const res = await makeClient(apiKey).chat.complete({ model: "mistral-small-latest", messages });
  return String(res.choices?.[0]?.message?.content ?? "");
}
