import { Mistral } from "@mistralai/mistralai";

let client: Mistral | null = null;

export function useMistral() {
  if (!client) client = new Mistral({ apiKey: useRuntimeConfig().mistralApiKey });
  return client;
}

export async function summarizeText(text: string) {
  const res = await useMistral().chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Summarize: ${text}` }],
  });
  return res.choices?.[0]?.message?.content;
}
