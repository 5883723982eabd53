import { Mistral } from "@mistralai/mistralai";

let client: Mistral | undefined;

export async function askMistral(question: string): Promise<string> {
  client ??= new Mistral({ apiKey: useRuntimeConfig().mistralApiKey });
  const res = await client.chat.complete({
    model: useRuntimeConfig().public.mistralModel,
    messages: [{ role: "user", content: question }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
